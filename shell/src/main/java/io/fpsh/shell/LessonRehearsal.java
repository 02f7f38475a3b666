package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.TargetException;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.teach.Lesson;
import io.fpsh.teach.LessonCheck;
import io.fpsh.teach.LessonText;
import io.fpsh.teach.PlantedLab;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * {@code fpsh lab test NAME|FILE}, an author's rehearsal of a lesson, as a course platform test-runs a track before
 * students see it: the lab loads, its check fails as planted, its solution typed through the shell (piped input, the
 * lines one by one) meets every objective, and {@code :lab reset} brings the planted failure back. A lab that plants
 * nothing must pass its check as shipped. One line per step on stdout; the step that broke as one line on stderr.
 */
final class LessonRehearsal {
    /** Every step passed. */
    static final int PASSED = 0;
    /** A step broke. */
    static final int BROKEN = 1;

    private final PrintWriter out;
    private final PrintWriter err;

    LessonRehearsal(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(String nameOrFile) throws FpshException {
        return run(nameOrFile, new long[0]);
    }

    /**
     * The rehearsal of the lab drawn from each of {@code seeds} in turn (none: the lab as written, or the seed its
     * target carries), each step's line naming the seed and the values drawn; every seed is tried, and one that breaks
     * makes the status {@link #BROKEN}.
     */
    int run(String nameOrFile, long[] seeds) throws FpshException {
        if (seeds.length == 0) {
            return rehearse(read(nameOrFile, null));
        }
        int passed = 0;
        String name = null;
        for (long seed : seeds) {
            LabFile lab = read(nameOrFile, seed);
            name = lab.name();
            passed += rehearse(lab) == PASSED ? 1 : 0;
        }
        if (seeds.length > 1) {
            out.println(name + ": " + passed + " of " + seeds.length + " seeds passed.");
            out.flush();
        }
        return passed == seeds.length ? PASSED : BROKEN;
    }

    private static LabFile read(String nameOrFile, Long seed) throws FpshException {
        try {
            return LabDevices.read(seed == null ? nameOrFile : io.fpsh.lab.LabSeed.withSeed(nameOrFile, seed));
        } catch (TargetException | io.fpsh.lab.LabException e) {
            throw FpshException.usage(e.getMessage());
        }
    }

    private int rehearse(LabFile lab) throws FpshException {
        Lesson lesson = Lesson.of(lab).orElseThrow(() -> FpshException.usage("lab " + lab.name()
                + " has no teaching part: nothing to test"));
        String name = lab.name();
        if (lab.seed() != null) {
            name = name + " seed " + lab.seed();
            java.util.Map<String, String> values = io.fpsh.lab.LabVariables.values(lab);
            if (!values.isEmpty()) {
                // the author sees what was drawn, to rerun a seed that broke
                StringBuilder drawn = new StringBuilder();
                values.forEach((k, v) -> drawn.append(drawn.length() == 0 ? "" : ", ").append(k).append('=').append(v));
                out.println(name + ": drew " + drawn);
            }
        }
        try (SimulatedFtd device = new SimulatedFtd(lab)) {
            return rehearse(name, lesson, device, Lesson.healthy(lab));
        }
    }

    private int rehearse(String name, Lesson lesson, SimulatedFtd device, boolean healthy) {
        LessonCheck planted = lesson.check(device.model());
        step(name, "as planted", planted);
        if (healthy && !lesson.walksSteps()) {
            return planted.allMet() ? passed(name) : broken(name, "as planted: a lab that plants nothing must meet"
                    + " its objectives as shipped: " + planted.notMet() + " of " + planted.states().size()
                    + " objectives not met");
        }
        if (planted.allMet()) {
            return broken(name, "as planted: every objective is met before anything is typed");
        }
        if (lesson.solution().isEmpty()) {
            return broken(name, "no teaching.solution to type");
        }
        Session session = new Session(spec -> {
            throw new TargetException("a rehearsal opens no other target");
        }, device);
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        PrintStream typed = new PrintStream(transcript, true, StandardCharsets.UTF_8);
        PipedSession.run(session, new KeyedLines(String.join("\n", lesson.solution()) + "\n", session), typed);
        LessonCheck solved = lesson.check(device.model());
        int lines = lesson.solution().size();
        step(name, "after the solution (" + lines + (lines == 1 ? " line" : " lines") + " typed)", solved);
        if (!solved.allMet()) {
            out.print(LessonText.check(solved));
            out.print(transcript.toString(StandardCharsets.UTF_8));
            return broken(name, "the solution leaves " + solved.notMet() + " of " + solved.states().size()
                    + " objectives not met (the check and the transcript are above)");
        }
        DeviceIo io = new PlainIo(typed, typed, new StreamDialogs(new BufferedReader(new StringReader("")), typed, true));
        ShellCommands.run(":lab reset", session, io);
        LessonCheck reset = lesson.check(device.feature(PlantedLab.class).orElseThrow().model());
        step(name, "after :lab reset", reset);
        if (!reset.equals(planted)) {
            out.print(LessonText.check(reset));
            return broken(name, ":lab reset does not bring the planted state back (the check is above)");
        }
        return passed(name);
    }

    /**
     * The solution's lines as piped input, except that a line holding a TAB is typed key by key into {@code fpsh
     * serve}'s line editor ({@link ServedLineKeys}), whose completion (the one a student's TAB reaches over SSH) makes
     * the line then run: a pipe has no keys.
     */
    private static final class KeyedLines extends BufferedReader {
        private final Session session;

        KeyedLines(String lines, Session session) {
            super(new StringReader(lines));
            this.session = session;
        }

        @Override
        public String readLine() throws java.io.IOException {
            String line = super.readLine();
            if (line == null || line.indexOf('\t') < 0) {
                return line;
            }
            try {
                return io.fpsh.shell.serve.ServedLineKeys.line(session.device(), line);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while typing " + line.strip());
            }
        }
    }

    private void step(String lab, String when, LessonCheck check) {
        out.println(lab + ": " + when + ": " + LessonText.verdict(check));
    }

    private int passed(String lab) {
        out.println(lab + ": passed.");
        out.flush();
        return PASSED;
    }

    private int broken(String lab, String step) {
        out.flush();
        err.println("fpsh lab test: " + lab + ": " + step);
        err.flush();
        return BROKEN;
    }
}
