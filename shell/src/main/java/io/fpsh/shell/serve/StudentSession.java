package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.Mode;
import io.fpsh.shell.StudentRules;
import io.fpsh.shell.record.AsciicastRecorder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * One SSH session of a classroom student: recorded as asciicast (what their screen showed: a password typed at a
 * prompt that does not echo never shows), and reported to their progress: the login and logout, each line typed
 * (counted, never its text), mode changes, hints and the objectives checked after every line.
 */
final class StudentSession implements SessionWatch, StudentRules {
    private final Student student;
    private final int number;
    private final AsciicastRecorder recorder;
    private Mode mode;

    StudentSession(Student student, int number, Path recording, int columns, int rows) {
        this.student = student;
        this.number = number;
        AsciicastRecorder opened;
        try {
            opened = AsciicastRecorder.create(recording, "fpsh classroom: " + student.name() + ", session " + number);
            opened.size(columns, rows);
        } catch (IOException e) {
            opened = null; // the session goes on unrecorded rather than refused; the server's console says why
            System.err.println("fpsh serve: cannot record " + recording + ": " + e.getClass().getSimpleName());
        }
        this.recorder = opened;
    }

    @Override
    public OutputStream recorded(OutputStream screen) {
        return recorder == null ? screen : new RecordingTee(screen, recorder);
    }

    @Override
    public void opened(Device device) {
        mode = device.mode();
        student.loggedIn(number, mode.name());
    }

    @Override
    public void lineTyped(Device device, boolean blank) {
        if (!blank) {
            student.commandTyped(number);
        }
        if (device.mode() != mode) {
            mode = device.mode();
            student.modeChanged(number, mode.name());
        }
        student.checkObjectives(number);
    }

    @Override
    public StudentRules rules() {
        return this;
    }

    @Override
    public String refusal(String ownCommand) {
        if (ownCommand.equals(":run") && !student.runAllowed()) {
            return "fpsh: :run is not available in this class (the lab does not allow playbooks or fixes)";
        }
        return null;
    }

    @Override
    public int hintsGiven() {
        return student.hints();
    }

    @Override
    public void hintsGiven(int given) {
        student.hintsGiven(number, given);
    }

    @Override
    public void closed() {
        if (mode != null) {
            student.loggedOut(number);
        }
        if (recorder != null) {
            try {
                recorder.close();
            } catch (IOException e) {
                // the file keeps what was written up to its last event
            }
        }
    }
}
