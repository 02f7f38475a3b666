package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * {@code sed [-n] [-E|-r] [-i[SUFFIX]] [-e SCRIPT]... [SCRIPT] [FILE]...} running a {@link SedScript} over the lines;
 * {@code -i} writes the file back where the device's file system allows it (most of it is read-only to the shell).
 */
final class SedCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        List<String> args = new ArrayList<>(call.args());
        boolean inPlace = args.removeIf(a -> a.startsWith("-i") && !a.startsWith("-i-")) ;
        GetOpt opts = new GetOpt(args, "nErsu", "e", "quiet", "silent", "regexp-extended");
        if (opts.problem("sed") != null) {
            call.err().println(opts.problem("sed"));
            call.err().println("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...");
            return 1;
        }
        List<String> operands = new ArrayList<>(opts.operands);
        String scriptText;
        if (!opts.values('e').isEmpty()) {
            scriptText = String.join("\n", opts.values('e'));
        } else if (!operands.isEmpty()) {
            scriptText = operands.remove(0);
        } else {
            call.err().println("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...");
            return 1;
        }
        SedScript script;
        try {
            script = SedScript.parse(scriptText, opts.has('E') || opts.has('r'));
        } catch (SedScript.Invalid e) {
            call.err().println("sed: " + e.getMessage());
            return 1;
        }
        boolean quiet = opts.has('n') || call.args().contains("--quiet") || call.args().contains("--silent");
        if (inPlace) {
            if (operands.isEmpty()) {
                call.err().println("sed: no input files");
                return 1; // GNU sed 4.8+ says so and exits 1 [SRC: GNU sed here]
            }
            int status = 0;
            for (String file : operands) {
                status = Math.max(status, editInPlace(call, script, quiet, file));
            }
            return status;
        }
        String text = ToolInput.readAll(call, operands, (file, reason) -> "sed: can't read " + file + ": " + reason);
        if (text == null) {
            return 2;
        }
        StringBuilder out = new StringBuilder();
        new Run(script, quiet, out).over(text);
        Text.writeRaw(call.out(), out.toString());
        return 0;
    }

    private static int editInPlace(CommandCall call, SedScript script, boolean quiet, String file) {
        String text = ToolInput.read(call, file, reason -> "sed: can't read " + file + ": " + reason);
        if (text == null) {
            return 2;
        }
        StringBuilder out = new StringBuilder();
        new Run(script, quiet, out).over(text);
        try {
            call.context().fileSystem().write(call.resolve(file), out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false);
            return 0;
        } catch (SimFileException e) {
            // GNU sed writes a temporary file beside the original first: that is what fails [SRC: GNU sed 4.9 here]
            String directory = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "./";
            call.err().println("sed: couldn't open temporary file " + directory + "sedXXXXXX: " + e.getMessage());
            return 4;
        }
    }

    /** One pass of the script over the input lines. */
    private static final class Run {
        private final SedScript script;
        private final boolean quiet;
        private final StringBuilder out;
        private final boolean[] inRange;

        Run(SedScript script, boolean quiet, StringBuilder out) {
            this.script = script;
            this.quiet = quiet;
            this.out = out;
            this.inRange = new boolean[script.commands.size()];
        }

        void over(String text) {
            List<String> lines = Text.lines(text);
            boolean finalNewline = Text.endsWithNewline(text);
            for (int i = 0; i < lines.size(); i++) {
                boolean last = i == lines.size() - 1;
                String newline = last && !finalNewline ? "" : "\n";
                String space = lines.get(i);
                boolean deleted = false;
                boolean quit = false;
                for (int c = 0; c < script.commands.size() && !deleted && !quit; c++) {
                    SedScript.Command command = script.commands.get(c);
                    if (applies(c, command, i + 1, last, space) == command.negated()) {
                        continue;
                    }
                    switch (command.name()) {
                        case 'p' -> out.append(space).append('\n');
                        case 'd' -> deleted = true;
                        case 'q' -> quit = true;
                        case '=' -> out.append(i + 1).append('\n');
                        default -> {
                            String replaced = substitute(command, space);
                            if (replaced != null) {
                                space = replaced;
                                if (command.print()) {
                                    out.append(space).append('\n');
                                }
                            }
                        }
                    }
                }
                if (!deleted && !quiet) {
                    out.append(space).append(newline);
                }
                if (quit) {
                    return;
                }
            }
        }

        private boolean applies(int index, SedScript.Command command, long line, boolean last, String space) {
            if (command.from() == null) {
                return true;
            }
            if (command.to() == null) {
                return matches(command.from(), line, last, space);
            }
            if (!inRange[index]) {
                if (matches(command.from(), line, last, space)) {
                    SedScript.Address to = command.to();
                    // a line-number end at or before the start ends the range at once, as GNU sed does
                    inRange[index] = !(to.regex() == null && !to.last() && to.line() <= line) && !(to.last() && last);
                    return true;
                }
                return false;
            }
            if (matches(command.to(), line, last, space)
                    || command.to().regex() == null && !command.to().last() && line >= command.to().line()) {
                inRange[index] = false;
            }
            return true;
        }

        private static boolean matches(SedScript.Address address, long line, boolean last, String space) {
            if (address.regex() != null) {
                return address.regex().matcher(space).find();
            }
            return address.last() ? last : address.line() == line;
        }

        /** The line after s///, or null when nothing matched. */
        private static String substitute(SedScript.Command command, String space) {
            Matcher m = command.regex().matcher(space);
            StringBuilder result = new StringBuilder();
            int last = 0;
            int seen = 0;
            boolean any = false;
            for (int from = 0; from <= space.length() && m.find(from); from = m.end() == m.start() ? m.end() + 1 : m.end()) {
                seen++;
                if (seen >= command.occurrence()) {
                    result.append(space, last, m.start()).append(expand(command.replacement(), m));
                    last = m.end();
                    any = true;
                    if (!command.global()) {
                        break;
                    }
                }
            }
            return any ? result.append(space.substring(last)).toString() : null;
        }

        /** {@code &}, {@code \1}..{@code \9}, {@code \n} and {@code \t} in a replacement. */
        private static String expand(String replacement, Matcher m) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < replacement.length(); i++) {
                char c = replacement.charAt(i);
                if (c == '&') {
                    text.append(m.group());
                } else if (c == '\\' && i + 1 < replacement.length()) {
                    char next = replacement.charAt(++i);
                    if (Character.isDigit(next) && next - '0' <= m.groupCount()) {
                        text.append(m.group(next - '0') == null ? "" : m.group(next - '0'));
                    } else {
                        text.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
                    }
                } else {
                    text.append(c);
                }
            }
            return text.toString();
        }
    }
}
