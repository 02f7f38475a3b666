package io.fpsh.shell;

import io.fpsh.device.Targets;

/**
 * What the command line asks for once options are read: which target to open, for {@code -c} the commands to run
 * (null for a session), and for {@code --record} the file to record the screen in (null for none).
 */
record LaunchOptions(String targetSpec, String commands, String recordFile) {

    LaunchOptions(String targetSpec, String commands) {
        this(targetSpec, commands, null);
    }

    /** The target spec for {@code --lab NAME|FILE} or {@code --target SPEC}; the default lab when neither is given. */
    static String targetSpec(String lab, String target) throws FpshException {
        if (lab != null && target != null) {
            throw FpshException.usage("--lab and --target cannot be used together");
        }
        if (lab != null) {
            // "lab:" keeps a lab that happens to be called "local" from being read as another kind of target.
            return lab.startsWith("lab:") ? lab : "lab:" + lab;
        }
        return target != null ? target : Targets.DEFAULT;
    }
}
