package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code grep [-i -v -c -E -F -n -o -l -h -H -q -s -w -x -r] [-e PATTERN] PATTERN [FILE]...} over files or standard
 * input. Exit status: 0 when a line was selected, 1 when none was, 2 on an error (GNU grep 3.x messages).
 */
final class GrepCommand implements ExternalCommand {

    private static final String USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...";
    private static final String TRY_HELP = "Try 'grep --help' for more information.";

    @Override
    public int run(CommandCall call) {
        return runAs(call, false);
    }

    int runAs(CommandCall call, boolean extendedByDefault) {
        GetOpt opts = new GetOpt(call.args(), "ivcEFGnolLhHqswxarR", "eABC", "color", "colour");
        if (opts.problem("grep") != null) {
            call.err().println(opts.problem("grep"));
            call.err().println(USAGE);
            call.err().println(TRY_HELP);
            return 2;
        }
        List<String> operands = new ArrayList<>(opts.operands);
        List<String> patterns = new ArrayList<>(opts.values('e'));
        if (patterns.isEmpty()) {
            if (operands.isEmpty()) {
                call.err().println(USAGE);
                call.err().println(TRY_HELP);
                return 2;
            }
            patterns.add(operands.remove(0));
        }
        Pattern regex;
        try {
            regex = compile(patterns, opts, extendedByDefault);
        } catch (PosixRegex.InvalidPattern e) {
            call.err().println("grep: " + e.getMessage());
            return 2;
        }
        boolean recursive = opts.has('r') || opts.has('R');
        List<String> files = operands.isEmpty() ? List.of(recursive ? "." : "-") : operands;
        boolean intoDirectories = recursive && files.stream().anyMatch(f -> isDirectory(call, f));
        if (recursive) {
            files = RecursiveFiles.expand(call, files, operands.isEmpty());
        }
        boolean prefixNames = (files.size() > 1 || intoDirectories || opts.has('H')) && !opts.has('h');
        Integer after = contextCount(call, opts, 'A');
        Integer before = contextCount(call, opts, 'B');
        Integer around = contextCount(call, opts, 'C');
        if (after == null || before == null || around == null) {
            return 2;
        }
        RunState state = new RunState();
        boolean anySelected = false;
        boolean error = false;
        for (String file : files) {
            if (call.cancellation().isCancelled()) {
                return PipelineRunner.INTERRUPTED;
            }
            LineSource lines = open(call, file, opts.has('s'));
            if (lines == null) {
                error = true;
                continue;
            }
            String name = file.equals("-") ? "(standard input)" : file;
            boolean selected;
            try {
                selected = new FileSearch(call, opts, regex, name, prefixNames, state,
                        opts.has('A') ? after : around, opts.has('B') ? before : around).search(lines);
            } catch (StackOverflowError deepPattern) {
                call.err().println("grep: stack overflow");
                return 2;
            }
            anySelected |= selected;
            if (selected && opts.has('q')) {
                return 0;
            }
        }
        if (error && !(opts.has('q') && anySelected)) {
            return 2;
        }
        return anySelected ? 0 : 1;
    }

    private static boolean isDirectory(CommandCall call, String file) {
        return !file.equals("-") && call.context().fileSystem().isDirectory(call.resolve(file));
    }

    /** The value of -A, -B or -C (0 when absent), or null after GNU's complaint about it. */
    private static Integer contextCount(CommandCall call, GetOpt opts, char option) {
        String value = opts.value(option);
        if (value == null) {
            return 0;
        }
        Long count = LineCounts.parse(value);
        if (count == null) {
            call.err().println("grep: " + value + ": invalid context length argument");
            return null;
        }
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    private static Pattern compile(List<String> patterns, GetOpt opts, boolean extendedByDefault)
            throws PosixRegex.InvalidPattern {
        boolean extended = (extendedByDefault || opts.has('E')) && !opts.has('G');
        List<String> alternatives = new ArrayList<>();
        for (String given : patterns) {
            for (String pattern : Text.asBytes(given).split("\n", -1)) {
                String java = opts.has('F') ? Pattern.quote(pattern) : PosixRegex.toJava(pattern, extended);
                if (opts.has('w')) {
                    java = "(?<![\\w])(?:" + java + ")(?![\\w])";
                }
                if (opts.has('x')) {
                    java = "^(?:" + java + ")$";
                }
                alternatives.add("(?:" + java + ")");
            }
        }
        int flags = Pattern.DOTALL | (opts.has('i') ? Pattern.CASE_INSENSITIVE : 0);
        try {
            return Pattern.compile(String.join("|", alternatives), flags);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new PosixRegex.InvalidPattern("Invalid regular expression");
        }
    }

    private static LineSource open(CommandCall call, String file, boolean quiet) {
        if (file.equals("-")) {
            return LineSource.of(call.in());
        }
        try {
            return LineSource.of(Text.bytes(call.context().fileSystem().read(call.resolve(file))));
        } catch (SimFileException e) {
            if (!quiet) {
                call.err().println("grep: " + file + ": " + e.getMessage());
            }
            return null;
        }
    }

    /** What one grep run remembers across files: whether a group was printed (for the {@code --} separator). */
    private static final class RunState {
        boolean printedAny;
    }

    /** One file's search and its output, as the options ask (context lines from {@code -A/-B/-C}). */
    private static final class FileSearch {
        private final CommandCall call;
        private final GetOpt opts;
        private final Pattern regex;
        private final String name;
        private final boolean prefixNames;
        private final RunState state;
        private final int after;
        private final int before;
        private long lastPrinted;

        FileSearch(CommandCall call, GetOpt opts, Pattern regex, String name, boolean prefixNames, RunState state,
                   int after, int before) {
            this.call = call;
            this.opts = opts;
            this.regex = regex;
            this.name = name;
            this.prefixNames = prefixNames;
            this.state = state;
            this.after = opts.has('o') ? 0 : after;
            this.before = opts.has('o') ? 0 : before;
        }

        /** True when some line was selected. */
        boolean search(LineSource lines) {
            boolean invert = opts.has('v');
            boolean binary = false;
            boolean printLines = !opts.has('c') && !opts.has('q') && !opts.has('l') && !opts.has('L');
            int count = 0;
            long lineNumber = 0;
            int afterLeft = 0;
            java.util.ArrayDeque<String> beforeLines = new java.util.ArrayDeque<>();
            for (String line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                // grep decides a file is binary on seeing a NUL; from then on matching lines are not printed
                binary |= !opts.has('a') && line.indexOf('\0') >= 0;
                Matcher matcher = regex.matcher(line);
                boolean matches = matcher.find();
                if (matches == invert) {
                    if (printLines && !binary && afterLeft > 0) {
                        emit(lineNumber, line, '-');
                        afterLeft--;
                    } else if (before > 0) {
                        beforeLines.addLast(line);
                        if (beforeLines.size() > before) {
                            beforeLines.removeFirst();
                        }
                    }
                    continue;
                }
                count++;
                if (opts.has('q') || opts.has('l') || opts.has('L')) {
                    break;
                }
                if (!printLines || binary) {
                    continue;
                }
                long contextNumber = lineNumber - beforeLines.size();
                for (String context : beforeLines) {
                    emit(contextNumber++, context, '-');
                }
                beforeLines.clear();
                afterLeft = after;
                if (opts.has('o') && !invert) {
                    do {
                        if (matcher.end() > matcher.start()) {
                            emit(lineNumber, line.substring(matcher.start(), matcher.end()), ':');
                        }
                    } while (matcher.find());
                } else if (!opts.has('o')) {
                    emit(lineNumber, line, ':');
                }
                if (call.cancellation().isCancelled()) {
                    break;
                }
            }
            if (opts.has('c')) {
                call.out().println((prefixNames ? name + ":" : "") + count);
            } else if (opts.has('l') && count > 0) {
                call.out().println(name);
            } else if (opts.has('L') && count == 0) {
                call.out().println(name);
            } else if (binary && count > 0 && printLines) {
                call.err().println("grep: " + name + ": binary file matches");
            }
            return opts.has('L') ? count == 0 : count > 0;
        }

        /** One output line; {@code separator} is ':' for selected lines and '-' for context lines. */
        private void emit(long lineNumber, String text, char separator) {
            boolean context = after > 0 || before > 0;
            if (context && state.printedAny && (lastPrinted == 0 || lineNumber > lastPrinted + 1)) {
                call.out().print("--\n");
            }
            String prefix = (prefixNames ? name + separator : "") + (opts.has('n') ? lineNumber + "" + separator : "");
            Text.writeRaw(call.out(), Text.asBytes(prefix) + text + "\n");
            lastPrinted = lineNumber;
            state.printedAny = true;
        }
    }
}
