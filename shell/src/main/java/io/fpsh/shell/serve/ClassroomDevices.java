package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.lab.LabVariables;
import io.fpsh.shell.classroom.ClassFolder;
import io.fpsh.shell.classroom.ProgressEvent;
import io.fpsh.shell.classroom.StudentLog;
import io.fpsh.shell.classroom.StudentProgress;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code fpsh serve --classroom}: each student (the login name, checked against the roster) gets their own device,
 * drawn from their own seed, made at their first login and shared by their sessions until the server stops. Nothing
 * is shared between students: not the device, not its lab network. Progress and recordings go to the class folder.
 */
final class ClassroomDevices implements DeviceSource {
    /** Seeds are short enough for an instructor to type ({@code --seed 123456}) and differ between students. */
    private static final int SEEDS = 1_000_000;
    /** How many seeds a new student may be drawn before two students' values are allowed to be the same. */
    private static final int DRAWS_TRIED = 20;

    private final Roster roster;
    private final ClassFolder folder;
    private final StudentLabs labs;
    private final Map<String, Student> students = new ConcurrentHashMap<>();
    private final Set<Long> seeds = new HashSet<>();
    private final SecureRandom random = new SecureRandom();
    /** The values drawn for the students so far; made at the first new student. */
    private Set<Map<String, String>> drawn;

    ClassroomDevices(Roster roster, ClassFolder folder, StudentLabs labs) {
        this.roster = roster;
        this.folder = folder;
        this.labs = labs;
        closeSessionsLeftOpen();
    }

    /**
     * A server that was killed left its sessions open in the logs: they ended at their last command, at the latest.
     * Also gathers the seeds already given, so a new student's differs.
     */
    private void closeSessionsLeftOpen() {
        for (String name : roster.students()) {
            if (!java.nio.file.Files.isDirectory(folder.studentFolder(name))) {
                continue;
            }
            StudentLog log = folder.log(name);
            StudentProgress progress = StudentProgress.of(name, log.read());
            if (progress.seed() != null) {
                seeds.add(progress.seed());
            }
            for (StudentProgress.Session open : progress.openSessions()) {
                log.append(new ProgressEvent(open.lastActivity().toString(), ProgressEvent.LOGOUT, open.number(),
                        null, null, null, null, "server stopped"));
            }
        }
    }

    private Student student(String login) throws TargetException {
        if (!roster.has(login)) {
            throw new TargetException("'" + login + "' is not a student of this class");
        }
        return students.computeIfAbsent(login, name -> Student.of(name, folder.log(name), labs, this::newSeed));
    }

    /**
     * A seed no other student has, whose draw differs from every other student's where the lab's variables allow it
     * (a few tries: a lab with fewer draws than students repeats some).
     */
    private synchronized long newSeed() {
        if (drawn == null) {
            drawn = new HashSet<>();
            seeds.forEach(seed -> drawn.add(values(seed)));
        }
        long seed = 0;
        Map<String, String> values = Map.of();
        for (int tries = 0; tries < DRAWS_TRIED; tries++) {
            do {
                seed = 1 + random.nextInt(SEEDS - 1);
            } while (seeds.contains(seed));
            values = values(seed);
            if (values.isEmpty() || !drawn.contains(values)) {
                break;
            }
        }
        seeds.add(seed);
        drawn.add(values);
        return seed;
    }

    /** The values the lab's variables take with {@code seed}; none for a lab without variables. */
    private Map<String, String> values(long seed) {
        try {
            return LabVariables.values(labs.draw(seed));
        } catch (TargetException | RuntimeException e) {
            return Map.of(); // the student's login will say why their lab cannot be drawn
        }
    }

    @Override
    public Device open(String login) throws TargetException {
        return student(login).view();
    }

    @Override
    public SessionWatch watch(String login, int columns, int rows) {
        try {
            Student student = student(login);
            int number = student.newSession();
            return new StudentSession(student, number, folder.recording(student.name(), number), columns, rows);
        } catch (TargetException e) {
            return SessionWatch.NONE; // open() then ends the session with the reason
        }
    }

    @Override
    public void close() {
        students.values().forEach(Student::close);
    }
}
