package io.fpsh.shell;

import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookLoadException;
import io.fpsh.playbook.ScriptLocation;
import io.fpsh.playbook.dsl.PlaybookLoader;

import java.nio.file.Path;

/**
 * What {@code fpsh run} and {@code :run} were given: a shipped playbook's name, or a user's {@code FILE.groovy}
 * (a name ending in .groovy or holding a '/'). Loading it is where Groovy first loads, and only here.
 */
final class PlaybookSource {
    private PlaybookSource() {}

    static boolean isFile(String given) {
        return given.endsWith(".groovy") || given.contains("/");
    }

    /** The plan; a playbook that cannot load is a usage error (status 2) on one line. */
    static Plan load(String given) throws FpshException {
        try {
            return isFile(given) ? PlaybookLoader.file(Path.of(given)) : PlaybookLoader.shipped(given);
        } catch (PlaybookLoadException e) {
            throw FpshException.usage(e.getMessage());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // the script's own top level threw (its declarations run as it loads): its file and line, one line
            String where = ScriptLocation.of(e);
            throw FpshException.usage(Printable.of(given) + ": cannot load: " + ScriptLocation.describe(e)
                    + (where == null ? "" : " at " + where));
        }
    }
}
