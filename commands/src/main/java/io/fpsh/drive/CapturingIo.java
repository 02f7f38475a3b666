package io.fpsh.drive;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.SessionFailure;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * The terminal of a program driving a device: keeps stdout and stderr apart and, in one more buffer, both in the order
 * they were written (as a terminal shows them); answers password questions from a function of the question, and
 * every other dialog with nothing (end of input), so a probe never waits on a question it did not expect. Every
 * question asked is recorded. Tests use {@link #answering} to answer dialogs from a script.
 */
public final class CapturingIo implements DeviceIo {
    private final ByteArrayOutputStream both = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(new Tee(stdout), true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(new Tee(stderr), true, StandardCharsets.UTF_8);
    private final Function<String, String> passwords;
    private final Function<String, String> lines;
    private final List<String> questions = new ArrayList<>();
    private final List<String> passwordsGiven = new ArrayList<>();
    private volatile boolean canAsk;
    private SessionFailure failure;
    private String failureMessage;

    /** A capture that answers no question and, like an exec request without a pty, says nothing could. */
    public CapturingIo() {
        this(question -> null, false);
    }

    /** {@code passwords} answers a password question (null: none to give); {@code canAsk} as {@link #canAskForPasswords()}. */
    public CapturingIo(Function<String, String> passwords, boolean canAsk) {
        this(passwords, question -> null, canAsk);
    }

    private CapturingIo(Function<String, String> passwords, Function<String, String> lines, boolean canAsk) {
        this.passwords = passwords;
        this.lines = lines;
        this.canAsk = canAsk;
    }

    /**
     * A terminal where someone answers: each question, secret or not, takes the next of {@code answers}, in order;
     * once they run out, the end of input (null).
     */
    public static CapturingIo answering(String... answers) {
        Deque<String> script = new ArrayDeque<>(List.of(answers));
        Function<String, String> next = question -> {
            synchronized (script) {
                return script.poll();
            }
        };
        return new CapturingIo(next, next, true);
    }

    /** As an exec request without a pty: nothing can answer a password question. */
    public CapturingIo withoutTerminal() {
        canAsk = false;
        return this;
    }

    @Override public PrintStream out() { return out; }

    @Override public PrintStream err() { return err; }

    @Override public String readPassword(String prompt) {
        record(prompt);
        String answer = passwords.apply(prompt);
        if (answer != null && !answer.isBlank()) {
            synchronized (questions) {
                passwordsGiven.add(answer);
            }
        }
        return answer;
    }

    @Override public String readLine(String prompt) {
        record(prompt);
        return lines.apply(prompt);
    }

    @Override public boolean canAskForPasswords() { return canAsk; }

    private void record(String question) {
        synchronized (questions) {
            questions.add(question);
        }
    }

    /** The questions the device asked (password prompts and other dialogs), in order. */
    public List<String> questions() {
        synchronized (questions) {
            return List.copyOf(questions);
        }
    }

    /** What was typed at a password question: never to be shown again. */
    public List<String> passwordsGiven() {
        synchronized (questions) {
            return List.copyOf(passwordsGiven);
        }
    }

    @Override
    public synchronized void sessionFailed(SessionFailure kind, String message) {
        if (failure == null) {
            failure = kind;
            failureMessage = message;
        }
    }

    /** What the target reported about the session itself (not the command): null when nothing went wrong. */
    public synchronized SessionFailure failure() { return failure; }

    public synchronized String failureMessage() { return failureMessage; }

    /** Standard output and standard error as a terminal shows them, in the order they were written. */
    public String text() {
        out.flush();
        err.flush();
        synchronized (both) {
            return both.toString(StandardCharsets.UTF_8);
        }
    }

    public String stdout() {
        out.flush();
        synchronized (both) {
            return stdout.toString(StandardCharsets.UTF_8);
        }
    }

    public String stderr() {
        err.flush();
        synchronized (both) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** Writes to one stream's buffer and to the common one under one lock, so the order between them is kept. */
    private final class Tee extends OutputStream {
        private final ByteArrayOutputStream own;

        Tee(ByteArrayOutputStream own) {
            this.own = own;
        }

        @Override
        public void write(int b) {
            synchronized (both) {
                own.write(b);
                both.write(b);
            }
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            synchronized (both) {
                own.write(data, offset, length);
                both.write(data, offset, length);
            }
        }
    }
}
