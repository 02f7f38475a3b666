package io.fpsh.sim.expert;

import java.util.List;

/**
 * {@code less [FILE]...}. Not on a terminal (piped, redirected, a script) it copies its input as real less does.
 * On a terminal it pages: a screen of lines, then its {@code :} prompt, where Enter or space goes on, {@code b} goes
 * back, {@code /re} searches forward, {@code g}/{@code G} go to the start/end and {@code q} quits. The simulated
 * terminal hands over whole lines, so each of these is typed and then Enter [fpsh: real less reacts to the key itself].
 */
final class LessCommand implements ExternalCommand {

    private static final int PAGE = 23;

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "NSRFXiIMm", "");
        if (!call.outputIsTerminal()) {
            return copy(call, opts.operands);
        }
        List<String> files = opts.operands.isEmpty() ? List.of("-") : opts.operands;
        for (String file : files) {
            if (!file.equals("-") && call.context().fileSystem().isDirectory(call.resolve(file))) {
                call.err().println(file + " is a directory");
                continue;
            }
            String text = ToolInput.read(call, file, reason -> file + ": " + reason);
            if (text == null) {
                continue;
            }
            if (!page(call, Text.lines(text), opts.has('N'))) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * As cat. A file it cannot open is reported on standard output, and less still exits 0 (less 590 here does
     * both off a terminal).
     */
    private static int copy(CommandCall call, List<String> files) {
        int status = 0;
        for (String file : files.isEmpty() ? List.of("-") : files) {
            if (!file.equals("-") && call.context().fileSystem().isDirectory(call.resolve(file))) {
                call.out().println(file + " is a directory");
                continue;
            }
            String text;
            try {
                text = file.equals("-") ? Text.bytes(Text.readAll(call.in()))
                        : Text.bytes(call.context().fileSystem().read(call.resolve(file)));
            } catch (SimFileException e) {
                call.out().println(file + ": " + e.getMessage());
                continue;
            }
            Text.writeRaw(call.out(), text);
        }
        return status;
    }

    /** Pages one file; false when the user quit. */
    private static boolean page(CommandCall call, List<String> lines, boolean numbers) {
        int top = 0;
        while (true) {
            int end = Math.min(lines.size(), top + PAGE);
            StringBuilder screen = new StringBuilder();
            for (int i = top; i < end; i++) {
                screen.append(numbers ? String.format("%7d ", i + 1) : "").append(lines.get(i)).append('\n');
            }
            Text.writeRaw(call.out(), screen.toString());
            call.out().flush();
            String answer = call.terminal().readLine(end >= lines.size() ? "(END)" : ":");
            if (answer == null || answer.strip().equals("q") || answer.strip().equals("Q")) {
                return false;
            }
            String command = answer.strip();
            if (command.isEmpty() || command.equals("f") || command.equals(" ")) {
                if (end >= lines.size()) {
                    return true;
                }
                top = end;
            } else if (command.equals("b")) {
                top = Math.max(0, top - PAGE);
            } else if (command.equals("g")) {
                top = 0;
            } else if (command.equals("G")) {
                top = Math.max(0, lines.size() - PAGE);
            } else if (command.startsWith("/")) {
                top = search(call, lines, top, command.substring(1));
            } else if (command.equals("j")) {
                top = Math.min(Math.max(0, lines.size() - 1), top + 1);
            } else if (command.equals("k")) {
                top = Math.max(0, top - 1);
            }
        }
    }

    private static int search(CommandCall call, List<String> lines, int top, String pattern) {
        java.util.regex.Pattern regex;
        try {
            regex = java.util.regex.Pattern.compile(PosixRegex.toJava(Text.asBytes(pattern), true));
        } catch (PosixRegex.InvalidPattern | java.util.regex.PatternSyntaxException e) {
            call.out().println("Invalid pattern  (press RETURN)");
            return top;
        }
        for (int i = top + 1; i < lines.size(); i++) {
            if (regex.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        call.out().println("Pattern not found  (press RETURN)");
        return top;
    }
}
