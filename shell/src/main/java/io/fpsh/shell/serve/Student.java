package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.shell.classroom.ProgressEvent;
import io.fpsh.shell.classroom.StudentLog;
import io.fpsh.shell.classroom.StudentProgress;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.teach.Lesson;
import io.fpsh.teach.LessonCheck;

import java.time.Instant;
import java.util.List;

/**
 * A classroom student while the server runs: their seed, their one device (drawn from the seed at their first
 * login to this server, shared by their sessions, kept across reconnects), and their progress, appended to their
 * log as it happens: sessions, commands counted, modes, hints, and each objective as it becomes met or unmet.
 */
final class Student {
    private final String name;
    private final long seed;
    private final StudentLog log;
    private final StudentLabs labs;
    private int sessions;
    private int hints;
    private CommonDevice device;
    private SimulatedFtd ftd;
    private Lesson lesson;
    private boolean[] met;

    private Student(String name, long seed, StudentLog log, StudentLabs labs, int sessions, int hints) {
        this.name = name;
        this.seed = seed;
        this.log = log;
        this.labs = labs;
        this.sessions = sessions;
        this.hints = hints;
    }

    /** The student as their log left them; a new student's seed is {@code newSeed}, written first. */
    static Student of(String name, StudentLog log, StudentLabs labs, java.util.function.LongSupplier newSeed) {
        StudentProgress progress = StudentProgress.of(name, log.read());
        long seed;
        if (progress.seed() != null) {
            seed = progress.seed();
        } else {
            seed = newSeed.getAsLong();
            log.append(ProgressEvent.seed(Instant.now(), seed));
        }
        int last = progress.sessions().stream().mapToInt(StudentProgress.Session::number).max().orElse(0);
        return new Student(name, seed, log, labs, last, progress.hints());
    }

    String name() {
        return name;
    }

    long seed() {
        return seed;
    }

    /** A session of this student's own device; the device is drawn from the seed the first time. */
    synchronized Device view() throws TargetException {
        if (device == null) {
            ftd = new SimulatedFtd(labs.draw(seed));
            lesson = Lesson.of(ftd.lab()).orElseThrow(() -> new TargetException("the class's lab has no teaching part"));
            device = new CommonDevice(ftd);
            met = new boolean[lesson.objectives().size()];
            boolean[] logged = new boolean[met.length];
            StudentProgress.of(name, log.read()).metNow().forEach(n -> {
                if (n >= 1 && n <= logged.length) {
                    logged[n - 1] = true;
                }
            });
            System.arraycopy(logged, 0, met, 0, met.length);
            checkObjectives(null); // a new device is as planted: what the log said met before a restart is not, now
        }
        return device.view();
    }

    synchronized int newSession() {
        return ++sessions;
    }

    synchronized void loggedIn(int session, String mode) {
        log.append(ProgressEvent.login(Instant.now(), session, mode));
    }

    synchronized void loggedOut(int session) {
        log.append(ProgressEvent.logout(Instant.now(), session, null));
    }

    synchronized void commandTyped(int session) {
        log.append(ProgressEvent.command(Instant.now(), session));
    }

    synchronized void modeChanged(int session, String mode) {
        log.append(ProgressEvent.mode(Instant.now(), session, mode));
    }

    synchronized int hints() {
        return hints;
    }

    synchronized void hintsGiven(int session, int given) {
        while (hints < given) {
            hints++;
            log.append(ProgressEvent.hint(Instant.now(), session, hints));
        }
    }

    /** Whether the lesson lets students run playbooks ({@code :run} and its fixes). */
    synchronized boolean runAllowed() {
        return lesson == null || lesson.fixAllowed();
    }

    /** Checks the objectives on the device now (the probes' model: instant) and logs each that changed. */
    synchronized void checkObjectives(Integer session) {
        if (ftd == null) {
            return;
        }
        java.util.Optional<LessonCheck> read = device.readBetweenCommands(() -> lesson.check(ftd.model()));
        if (read.isEmpty()) {
            return; // another session of this student holds the device: the next line checks
        }
        List<LessonCheck.State> states = read.get().states();
        Instant now = Instant.now();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).met() != met[i]) {
                met[i] = states.get(i).met();
                log.append(ProgressEvent.objective(now, session, i + 1, met[i]));
            }
        }
    }

    synchronized void close() {
        if (device != null) {
            device.close();
        }
    }
}
