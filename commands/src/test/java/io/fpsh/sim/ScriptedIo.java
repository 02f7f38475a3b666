package io.fpsh.sim;

import io.fpsh.device.DeviceIo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A terminal for tests: captures stdout and stderr apart, answers dialogs from a script, records the questions. */
public final class ScriptedIo implements DeviceIo {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final Deque<String> answers;
    private final StringBuilder questions = new StringBuilder();

    public ScriptedIo(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

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
