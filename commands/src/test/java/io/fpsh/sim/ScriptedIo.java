package io.fpsh.sim;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A terminal for tests: captures stdout and stderr apart, answers dialogs from a script, records the questions. */
public final class ScriptedIo implements DeviceIo {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final Deque<String> answers;
    private final StringBuilder questions = new StringBuilder();
    private boolean answersPasswords = true;

    public ScriptedIo(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

    /** Runs {@code line} on {@code device}, answering its dialogs with {@code answers}, and checks its status. */
    public static ScriptedIo run(Device device, String line, int expectedStatus, String... answers) {
        ScriptedIo io = new ScriptedIo(answers);
        int status = device.run(line, io);
        assertEquals(expectedStatus, status, () -> line + "\n[out]\n" + io.stdout() + "[err]\n" + io.stderr());
        return io;
    }

    /** As an exec request without a pty: nothing can answer a password question. */
    public ScriptedIo withoutTerminal() {
        answersPasswords = false;
        return this;
    }

    @Override public boolean canAskForPasswords() { return answersPasswords; }

    @Override public PrintStream out() { return outStream; }

    @Override public PrintStream err() { return errStream; }

    @Override public String readPassword(String prompt) {
        questions.append(prompt).append('\n');
        return answers.poll();
    }

    @Override public String readLine(String prompt) {
        questions.append(prompt).append('\n');
        return answers.poll();
    }

    public String stdout() { return out.toString(StandardCharsets.UTF_8); }

    public String stderr() { return err.toString(StandardCharsets.UTF_8); }

    public String questions() { return questions.toString(); }
}
