package io.fpsh.tools.nslookup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** stdout, stderr and exit code of one run, of fpsh's tool or of the real binary. */
record Captured(String stdout, String stderr, int exitCode) {

    interface Tool {
        int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException;
    }

    static Captured fpsh(Tool tool, List<String> args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = tool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Captured(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), rc);
    }

    static Captured real(String binary, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        return new Captured(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8),
                process.exitValue());
    }

    /** The same capture with one port number replaced, so runs against different ports compare. */
    Captured maskPort(int port) {
        return new Captured(stdout.replace("#" + port + "\n", "#PORT\n").replace("#" + port + ":", "#PORT:"),
                stderr, exitCode);
    }
}
