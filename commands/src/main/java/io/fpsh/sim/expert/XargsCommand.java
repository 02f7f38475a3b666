package io.fpsh.sim.expert;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code xargs [-n N] [-I REPLACE] [-r] [COMMAND [ARG]...]}: runs the command (echo by default) with the words of
 * standard input as arguments, through the shell's own command table (GNU findutils' statuses: 123, 126, 127).
 */
final class XargsCommand implements ExternalCommand {

    private final CommandTable commands;

    XargsCommand(CommandTable commands) {
        this.commands = commands;
    }

    @Override
    public int run(CommandCall call) {
        List<String> args = call.args();
        int i = 0;
        Integer perRun = null;
        String replace = null;
        boolean skipEmpty = false;
        for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
            String arg = args.get(i);
            char option = arg.charAt(1);
            if (option == 'r' && arg.length() == 2) {
                skipEmpty = true;
                continue;
            }
            if (option != 'n' && option != 'I') {
                call.err().println("xargs: invalid option -- '" + option + "'");
                call.err().println("Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...");
                call.err().println("Try 'xargs --help' for more information.");
                return 1;
            }
            String value = arg.length() > 2 ? arg.substring(2) : i + 1 < args.size() ? args.get(++i) : null;
            if (value == null) {
                call.err().println("xargs: option requires an argument -- '" + option + "'");
                call.err().println("Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...");
                call.err().println("Try 'xargs --help' for more information.");
                return 1;
            }
            if (option == 'I') {
                replace = value;
            } else if (!value.matches("\\d{1,9}") || Integer.parseInt(value) == 0) {
                call.err().println("xargs: invalid number \"" + value + "\" for -n option");
                call.err().println("Try 'xargs --help' for more information.");
                return 1;
            } else {
                perRun = Integer.parseInt(value);
            }
        }
        List<String> command = args.size() > i ? args.subList(i, args.size()) : List.of("echo");
        String input = Text.bytes(Text.readAll(call.in()));
        if (replace != null) {
            int status = 0;
            for (String line : Text.lines(input)) {
                if (line.isBlank()) {
                    continue;
                }
                String item = line.strip();
                String token = replace;
                List<String> words = command.stream().map(w -> w.replace(token, item)).toList();
                status = Math.max(status, runOnce(call, words));
            }
            return status;
        }
        List<String> items = new ArrayList<>();
        for (String word : input.split("[ \\t\\n]+")) {
            if (!word.isEmpty()) {
                items.add(word);
            }
        }
        if (items.isEmpty()) {
            return skipEmpty ? 0 : runOnce(call, command);
        }
        int size = perRun == null ? items.size() : perRun;
        int status = 0;
        for (int start = 0; start < items.size(); start += size) {
            List<String> words = new ArrayList<>(command);
            words.addAll(items.subList(start, Math.min(items.size(), start + size)));
            int result = runOnce(call, words);
            if (result == 255 || result == 127 || result == 126) {
                return result;
            }
            status = Math.max(status, result);
        }
        return status;
    }

    /** One run; a failing command makes xargs exit 123, as GNU xargs does. */
    private int runOnce(CommandCall call, List<String> words) {
        if (call.cancellation().isCancelled()) {
            return PipelineRunner.INTERRUPTED;
        }
        String name = words.get(0);
        Optional<ExternalCommand> command = commands.find(name, call.context());
        if (command.isEmpty()) {
            call.err().println("xargs: " + name + ": No such file or directory");
            return 127;
        }
        CommandCall inner = new CommandCall(name, words.subList(1, words.size()),
                new ByteArrayInputStream(new byte[0]), call.out(), call.err(), call.terminal(), call.context(),
                call.cancellation(), call.outputIsTerminal(), call.outputToSession(), call.environment());
        int status = command.get().run(inner);
        return status == 0 ? 0 : 123;
    }
}
