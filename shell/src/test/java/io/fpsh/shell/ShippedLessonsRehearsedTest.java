package io.fpsh.shell;

import io.fpsh.sim.run.LabDevices;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's "for every shipped lab, {@code fpsh lab test NAME} passes": the rehearsal run in this JVM on every lab of
 * the INDEX, each lab a test of its own, so an author sees every lab left to do, each named with the step that broke.
 */
class ShippedLessonsRehearsedTest {
    /**
     * A rehearsal mostly waits (a planted DNS server's time-outs, a silent port until curl gives up), each lab on a
     * device and loopback servers of its own: several at once overlap the waits on two cores.
     */
    private static final int LABS_AT_ONCE = 6;

    @TestFactory
    Stream<DynamicTest> everyShippedLabsLessonIsRehearsedToTheEnd() {
        ExecutorService pool = Executors.newFixedThreadPool(LABS_AT_ONCE, work -> {
            Thread thread = new Thread(work, "rehearsal");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Future<Rehearsed>> rehearsals = new LinkedHashMap<>();
        for (LabDevices.ShippedLab lab : LabDevices.shipped()) {
            rehearsals.put(lab.name(), pool.submit(() -> rehearse(lab.name())));
        }
        pool.shutdown();
        return rehearsals.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Rehearsed rehearsed = done(entry.getValue());
            assertEquals(LessonRehearsal.PASSED, rehearsed.status(), rehearsed.err());
            assertTrue(rehearsed.out().endsWith(entry.getKey() + ": passed.\n"), "passed without saying so: " + rehearsed.out());
        }));
    }

    /** {@code fpsh lab test NAME}'s status and what it printed; a refused lab (no teaching part) as its message. */
    private static Rehearsed rehearse(String name) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            int status = new LessonRehearsal(new PrintWriter(out), new PrintWriter(err)).run(name);
            return new Rehearsed(status, out.toString(), err.toString().strip());
        } catch (FpshException e) {
            return new Rehearsed(LessonRehearsal.BROKEN, out.toString(), name + ": " + e.getMessage());
        }
    }

    private static Rehearsed done(Future<Rehearsed> rehearsal) throws Throwable {
        try {
            return rehearsal.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private record Rehearsed(int status, String out, String err) {}
}
