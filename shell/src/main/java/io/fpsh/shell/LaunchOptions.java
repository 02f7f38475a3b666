package io.fpsh.shell;

import io.fpsh.target.Targets;
import io.fpsh.ssh.ChangePolicy;

/**
 * What the command line asks for once options are read: which target to open, for {@code -c} the commands to run
 * (null for a session), for {@code --record} the file to record the screen in (null for none), and what to do with
 * commands that change a real device ({@code --read-only}, {@code --allow-changes}).
 */
record LaunchOptions(String targetSpec, String commands, String recordFile, Changes changes) {

    /** The change flags of the command line; a lab is never guarded, whatever they say. */
    enum Changes {
        /** Ask on a terminal; refuse under -c or without a terminal. */
        ASK_OR_REFUSE,
        READ_ONLY,
        ALLOW;

        static Changes of(boolean readOnly, boolean allowChanges) throws FpshException {
            if (readOnly && allowChanges) {
                throw FpshException.usage("--read-only and --allow-changes cannot be used together");
            }
            return readOnly ? READ_ONLY : allowChanges ? ALLOW : ASK_OR_REFUSE;
        }

        /** @param unattended true under -c or without a terminal: nobody is there to answer */
        ChangePolicy policy(boolean unattended) {
            return switch (this) {
                case READ_ONLY -> ChangePolicy.READ_ONLY;
                case ALLOW -> ChangePolicy.ALLOW;
                case ASK_OR_REFUSE -> unattended ? ChangePolicy.REFUSE : ChangePolicy.ASK;
            };
        }
    }

    LaunchOptions(String targetSpec, String commands) {
        this(targetSpec, commands, null);
    }

    LaunchOptions(String targetSpec, String commands, String recordFile) {
        this(targetSpec, commands, recordFile, Changes.ASK_OR_REFUSE);
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

    /**
     * {@link #targetSpec(String, String)} with {@code --seed N} (null: none): the lab's variables drawn from it, carried
     * as {@code lab:NAME?seed=N} wherever the target goes. A seed draws a lab: with another kind of target it is an error.
     */
    static String targetSpec(String lab, String target, String seed) throws FpshException {
        String spec = targetSpec(lab, target);
        if (seed == null) {
            return spec;
        }
        if (!spec.startsWith("lab:")) {
            throw FpshException.usage("--seed draws a lab's variables: it goes with --lab NAME|FILE or a lab: target"
                    + " (got --target " + Printable.of(spec) + ")");
        }
        return LabSeeds.withSeed(spec, "--seed", seed);
    }
}
