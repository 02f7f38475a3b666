package io.fpsh.world;

/**
 * A lab's stand-ins for the systems around its device: the FMC's and the SSE portal's pages and the changes their
 * GUIs allow, typed as {@code :fmc ...} and {@code :sse ...}. A device offers it as a feature
 * ({@code Device#feature}); a target that is not a lab has none.
 */
public interface StandIns {

    /** What a stand-in printed: its output, or one error line, and its status (0, 1 refused, 2 usage). */
    record Result(int status, String out, String err) {
        public static Result ok(String out) {
            return new Result(0, out, "");
        }

        public static Result refused(String line) {
            return new Result(1, "", line + "\n");
        }

        public static Result usage(String line) {
            return new Result(2, "", line + "\n");
        }
    }

    /** Runs stand-in {@code command} ({@code :fmc}, {@code :sse}) with what follows it on the line. */
    Result run(String command, String argument);
}
