package io.fpsh.tools.curl;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's /usr/bin/curl 7.88.1 the way the differential tests compare it with fpsh. */
final class RealCurl {

    static final File BINARY = new File("/usr/bin/curl");

    record Outcome(int exit, String out, String err) {}

    private RealCurl() {}

    static boolean installed() {
        return BINARY.canExecute();
    }

    /** stdout and stderr go to files in {@code scratch} (so curl draws its progress meter); proxies from the environment are ignored. */
    static Outcome run(Path scratch, String... argv) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(BINARY.getPath());
        command.add("-q"); // ignore any .curlrc
        command.addAll(List.of(argv));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.toLowerCase().contains("proxy"));
        Path out = scratch.resolve("out");
        Path err = scratch.resolve("err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("real curl hung");
        }
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1));
    }
}
