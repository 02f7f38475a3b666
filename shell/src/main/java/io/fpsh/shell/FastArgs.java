package io.fpsh.shell;

import java.util.Optional;

/**
 * Reads the common command lines ({@code -c CMDS}, {@code --lab X}, {@code --target X}, {@code --seed N}, {@code --record FILE}, or
 * nothing) by hand, so
 * that {@code fpsh -c 'show version'} starts without loading picocli. Anything else is left to {@link FullCommandLine}.
 */
final class FastArgs {
    private FastArgs() {}

    /** The launch options, or empty when the arguments need the full parser (help, subcommands, mistakes). */
    static Optional<LaunchOptions> parse(String[] args) throws FpshException {
        String commands = null;
        String lab = null;
        String target = null;
        String recordFile = null;
        String seed = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            switch (name) {
                case "-c":
                    if (commands != null || arg.contains("=")) {
                        return Optional.empty();
                    }
                    commands = value;
                    break;
                case "--lab":
                    if (lab != null) {
                        return Optional.empty();
                    }
                    lab = value;
                    break;
                case "--target":
                    if (target != null) {
                        return Optional.empty();
                    }
                    target = value;
                    break;
                case "--seed":
                    if (seed != null) {
                        return Optional.empty();
                    }
                    seed = value;
                    break;
                case "--record":
                    if (recordFile != null) {
                        return Optional.empty();
                    }
                    recordFile = value;
                    break;
                default:
                    return Optional.empty();
            }
        }
        return Optional.of(new LaunchOptions(LaunchOptions.targetSpec(lab, target, seed), commands, recordFile));
    }
}
