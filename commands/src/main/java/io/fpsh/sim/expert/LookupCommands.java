package io.fpsh.sim.expert;

import java.util.List;

/**
 * Where a command comes from: {@code which} (Debian 12's /usr/bin/which: the programs along {@code $PATH}, silent
 * when there is none) and bash's builtin {@code type} (keyword, builtin or file, with {@code -a}, {@code -t},
 * {@code -p}, {@code -P}). There are no aliases or functions in the simulated shell, and bash's hash table of
 * programs already run is not modelled ({@code type} never says "hashed").
 */
final class LookupCommands {

    /** {@code which [-a] NAME...}: 0 when every name was found, 1 otherwise, 2 for a bad option. */
    int which(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "a", "");
        if (opts.invalid != 0 || opts.invalidLong != null) {
            call.err().println("Illegal option -" + (opts.invalid != 0 ? String.valueOf(opts.invalid) : "-"));
            call.err().println("Usage: /usr/bin/which [-a] args");
            return 2;
        }
        int status = 0;
        for (String name : opts.operands) {
            List<String> found = programs(name, call);
            if (found.isEmpty()) {
                status = 1;
            } else {
                (opts.has('a') ? found : found.subList(0, 1)).forEach(call.out()::println);
            }
        }
        return opts.operands.isEmpty() ? 1 : status;
    }

    /** bash's {@code type [-aftpP] NAME...}: 1 when a name is not found, 2 for a bad option. */
    int type(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "aftpP", "");
        if (opts.invalid != 0 || opts.invalidLong != null) {
            String bad = opts.invalid != 0 ? "-" + opts.invalid : opts.invalidLong;
            call.err().println("-bash: type: " + bad + ": invalid option");
            call.err().println("type: usage: type [-afptP] name [name ...]");
            return 2;
        }
        boolean all = opts.has('a');
        boolean pathOnly = opts.has('p') || opts.has('P');
        int status = 0;
        for (String name : opts.operands) {
            boolean found = false;
            boolean shellKnows = false;
            if (!opts.has('P')) {
                String kind = CommandPaths.isKeyword(name) ? "keyword" : CommandPaths.isBuiltin(name) ? "builtin" : null;
                if (kind != null) {
                    found = true;
                    shellKnows = true;
                    if (opts.has('t')) {
                        call.out().println(kind);
                    } else if (!pathOnly) {
                        call.out().println(name + " is a shell " + kind);
                    }
                }
            }
            if (!shellKnows || all || opts.has('P')) {
                List<String> files = programs(name, call);
                for (String file : all ? files : files.stream().limit(1).toList()) {
                    if (found && !all) {
                        break;
                    }
                    found = true;
                    call.out().println(opts.has('t') ? "file" : pathOnly ? file : name + " is " + file);
                }
            }
            if (!found) {
                status = 1;
                if (!opts.has('t') && !pathOnly) {
                    call.err().println("-bash: type: " + BashQuoting.forMessage(name) + ": not found");
                }
            }
        }
        return status;
    }

    /** The program files {@code name} runs: itself when it is a path, else those along {@code $PATH}. */
    private static List<String> programs(String name, CommandCall call) {
        if (name.contains("/")) {
            return call.context().fileSystem().isExecutable(call.resolve(name)) ? List.of(name) : List.of();
        }
        return CommandPaths.find(name, call.context());
    }
}
