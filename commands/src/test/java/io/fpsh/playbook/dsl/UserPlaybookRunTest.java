package io.fpsh.playbook.dsl;

import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.PlaybookClassCache;
import io.fpsh.playbook.PlaybookRunner;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.TextBounds;
import io.fpsh.playbook.Verdict;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's playbook file that misbehaves at run time, loaded by {@link PlaybookLoader#file} and run by
 * {@link PlaybookRunner} on a lab: an exception is its step's ERROR with the user's file and line and one line of
 * reason; an endless loop is stopped at the device's budget and its thread ends; huge outputs are cut with a mark.
 */
class UserPlaybookRunTest {
    private static SimulatedFtd ftd;
    private static DeviceDriver driver;

    @TempDir
    Path dir;

    @BeforeAll
    static void lab() throws Exception {
        ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
        driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd));
    }

    @AfterAll
    static void close() throws Exception {
        driver.close();
        ftd.close();
    }

    @Test
    void anExceptionIsItsStepsErrorAtTheUsersLineWhereverItIsThrown() throws IOException {
        DeviceRun run = run("errors.groovy", """
                playbook 'errors', 'throws in every way'
                finding 'DECLARED', title: 't', impact: 'i', verdict: FAIL, guide: 'g'

                int parse(String text) {
                    text.toInteger()
                }

                class Helper {
                    static void explode() {
                        throw new IllegalArgumentException('from a class')
                    }
                }

                step 'errors-closure', 'in the step', {
                    throw new IllegalStateException("broken at ${2 + 1}")
                }
                step 'errors-fine', 'runs anyway', {
                    reason 'fine'
                }
                step 'errors-method', 'in a method of the script', {
                    parse('many')
                }
                step 'errors-class', 'in a class of the file', {
                    Helper.explode()
                }
                step 'errors-nested', 'in a closure in the step', {
                    [1, 2].each { int n ->
                        if (n == 2) {
                            throw new RuntimeException('in each')
                        }
                    }
                }
                step 'errors-undeclared', 'reports a finding it never declared', {
                    report 'NOT-DECLARED', actual: 'x'
                }
                step 'errors-message', 'a message of many lines with control characters', {
                    throw new RuntimeException("red \\u001b[31mtext\\u0007\\nsecond\\nthird")
                }
                step 'errors-overflow', 'a recursion that overflows', {
                    deeper(0)
                }

                int deeper(int n) {
                    deeper(n + 1) + 1
                }
                """, Duration.ofSeconds(60));

        Map<String, StepResult> steps = byId(run);
        assertError(steps.get("errors-closure"), "errors.groovy:15", "IllegalStateException: broken at 3");
        assertEquals(Verdict.PASS, steps.get("errors-fine").verdict());
        assertError(steps.get("errors-method"), "errors.groovy:5", "NumberFormatException: For input string: \"many\"");
        assertError(steps.get("errors-class"), "errors.groovy:10", "IllegalArgumentException: from a class");
        assertError(steps.get("errors-nested"), "errors.groovy:29", "RuntimeException: in each");
        assertError(steps.get("errors-undeclared"), "errors.groovy:34",
                "IllegalArgumentException: finding 'NOT-DECLARED' is not declared by the playbook");
        assertError(steps.get("errors-message"), "errors.groovy:37", "RuntimeException: red ?[31mtext? [+2 lines]");
        assertError(steps.get("errors-overflow"), "errors.groovy:44", "StackOverflowError");
        assertEquals(Verdict.ERROR, run.verdict());
    }

    @Test
    void aBusyLoopIsStoppedAtTheBudgetAndItsThreadEnds() throws Exception {
        assertStoppedAtTheBudget("""
                long turns = 0
                while (true) {
                    turns++
                }
                """, 4, 5);
    }

    @Test
    void aLoopThatSleepsIsStoppedAtTheBudgetAndItsThreadEnds() throws Exception {
        assertStoppedAtTheBudget("""
                while (true) {
                    sleep 60_000
                }
                """, 3, 4);
    }

    @Test
    void aLoopThatSleepsInAMethodIsStoppedToo() throws Exception {
        assertStoppedAtTheBudget("""
                nap()
            }
            void nap() {
                while (true) {
                    sleep 60_000
                }
            """, 6, 7);
    }

    @Test
    void aLoopThatCatchesEveryExceptionIsStoppedToo() throws Exception {
        assertStoppedAtTheBudget("""
                while (true) {
                    try {
                        while (true) {}
                    } catch (Exception e) {
                        reason 'caught'
                    }
                }
                """, 3, 5);
    }

    @Test
    void aRecursionThatNeverEndsIsStoppedAtTheBudget() throws Exception {
        assertStoppedAtTheBudget("""
                branch(0)
            }
            void branch(int depth) {
                if (depth < 200) {
                    branch(depth + 1)
                    branch(depth + 1)
                }
            """, 5, 6, 7, 8);
    }

    @Test
    void hugeOutputsAreCutWithAMark() throws IOException {
        DeviceRun run = run("huge.groovy", """
                playbook 'huge', 'says far too much'
                finding 'HUGE', title: 't', impact: 'i', verdict: WARN, guide: 'g'

                step 'huge-string', 'a 100 MB actual', {
                    String big = 'x' * 100_000_000
                    report 'HUGE', expected: 'a line', actual: big
                }
                step 'huge-lines', 'a 10 MB actual of many lines, a reason of many lines', {
                    String lines = ('output line\\n' * 900_000)
                    report 'HUGE', expected: lines, actual: lines
                    reason lines
                }
                step 'huge-findings', 'a finding in a loop', {
                    for (int i = 0; i < 5000; i++) {
                        report 'HUGE', actual: "number ${i}"
                    }
                }
                step 'huge-evidence', 'a probe in a loop', {
                    for (int i = 0; i < 300; i++) {
                        showNetwork()
                    }
                }
                step 'huge-skip', 'skips with a long why', {
                    skip('why ' * 1_000_000)
                }
                """, Duration.ofSeconds(60));

        Map<String, StepResult> steps = byId(run);
        Finding big = steps.get("huge-string").findings().get(0);
        assertTrue(big.actual().length() <= TextBounds.BLOCK + 50, () -> "actual of " + big.actual().length());
        assertTrue(big.actual().endsWith("… [cut: 99996000 more characters]"), big.actual().substring(TextBounds.BLOCK - 10));

        StepResult lines = steps.get("huge-lines");
        assertTrue(lines.findings().get(0).actual().length() <= TextBounds.BLOCK + 50);
        assertTrue(lines.findings().get(0).actual().startsWith("output line\noutput line\n"));
        assertEquals("output line [+899999 lines]", lines.reason());

        StepResult many = steps.get("huge-findings");
        assertEquals(100, many.findings().size());
        assertEquals("[+4900 findings not kept]", many.reason());

        StepResult evidence = steps.get("huge-evidence");
        assertEquals(200, evidence.evidence().size());
        assertEquals("[+100 probe results not kept]", evidence.reason());

        StepResult skip = steps.get("huge-skip");
        assertEquals(Verdict.SKIP, skip.verdict());
        assertTrue(skip.reason().length() <= TextBounds.LINE + 50, skip.reason());
        assertEquals(Verdict.WARN, run.verdict());
    }

    /** {@code body} as a step's body never finishes: the step is TIMEOUT, the next one too, and its thread ends. */
    private void assertStoppedAtTheBudget(String body, Integer... loopLines) throws Exception {
        assertStoppedAtTheBudget(body, Set.of(loopLines));
    }

    private void assertStoppedAtTheBudget(String body, Set<Integer> loopLines) throws Exception {
        Set<Thread> before = stepThreads();
        DeviceRun run = run("loops.groovy", "playbook 'loops', 'never ends'\n"
                + "step 'loops-spin', 'spins', {\n" + body + "}\n"
                + "step 'loops-after', 'comes after', {\n    reason 'fine'\n}\n", Duration.ofSeconds(2));

        Map<String, StepResult> steps = byId(run);
        assertEquals(Verdict.TIMEOUT, steps.get("loops-spin").verdict(), run::toString);
        String reason = steps.get("loops-spin").reason();
        Matcher where = Pattern.compile("still running at loops\\.groovy:(\\d+) when the device's budget ran out")
                .matcher(reason);
        assertTrue(where.matches() && loopLines.contains(Integer.parseInt(where.group(1))), reason);
        assertEquals(Verdict.TIMEOUT, steps.get("loops-after").verdict());
        assertTrue(steps.get("loops-after").reason().contains("budget"), steps.get("loops-after").reason());
        assertEquals(Verdict.TIMEOUT, run.verdict());

        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Set<Thread> left = stepThreads();
        left.removeAll(before);
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
            left.removeIf(t -> !t.isAlive());
        }
        assertEquals(Set.of(), left.stream().map(t -> t.getName() + " " + List.of(t.getStackTrace()).subList(0,
                Math.min(5, t.getStackTrace().length))).collect(Collectors.toSet()), "the step's thread still runs");
    }

    private static Set<Thread> stepThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("fpsh-step") && t.isAlive()).collect(Collectors.toSet());
    }

    private DeviceRun run(String name, String source, Duration budget) throws IOException {
        Path file = Files.writeString(dir.resolve(name), source);
        var plan = PlaybookLoader.file(file, new PlaybookClassCache(dir.resolve("cache")), Duration.ofSeconds(10));
        TargetSession target = new TargetSession(driver, Map.of(), Duration.ofSeconds(10));
        return PlaybookRunner.run(plan, target, budget, r -> {});
    }

    private static Map<String, StepResult> byId(DeviceRun run) {
        return run.steps().stream().collect(Collectors.toMap(StepResult::id, s -> s));
    }

    private static void assertError(StepResult step, String location, String reason) {
        assertEquals(Verdict.ERROR, step.verdict(), step::toString);
        assertEquals(location, step.location(), step::toString);
        assertEquals(reason, step.reason());
        assertFalse(step.reason().contains("\n"));
    }
}
