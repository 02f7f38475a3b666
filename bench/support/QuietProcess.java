import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real tool run for a bench figure: no proxy from the environment, its output discarded. */
public final class QuietProcess {

    private QuietProcess() {
    }

    /** Runs {@code command}; its exit status, or -1 when it was killed after 30 s. */
    public static int run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.toLowerCase().contains("proxy"));
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
