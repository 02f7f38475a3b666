package io.fpsh.sim.expert;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tail [-n N | -N | -n +N | -c [+]N] [-f] [FILE]...}: the last lines (or bytes); with {@code -f} it then prints
 * what is appended to the simulated files until Ctrl-C (the run then ends with status 130).
 */
final class TailCommand implements ExternalCommand {

    /** How long one wait for growth lasts before tail looks again (and at the cancellation flag). */
    private static final Duration POLL = Duration.ofMillis(100);

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(LineCounts.expandObsoleteForm(call.args()), "fFqv", "nsc", "follow", "retry");
        if (opts.problem("tail") != null) {
            call.err().println(opts.problem("tail"));
            call.err().println("Try 'tail --help' for more information.");
            return 1;
        }
        boolean bytes = opts.value('c') != null;
        String count = bytes ? opts.value('c') : opts.value('n') == null ? "10" : opts.value('n');
        boolean fromStart = count.startsWith("+");
        Long n = LineCounts.parse(fromStart || count.startsWith("-") ? count.substring(1) : count);
        if (n == null) {
            call.err().println("tail: invalid number of " + (bytes ? "bytes" : "lines") + ": '" + count + "'");
            return 1;
        }
        boolean follow = opts.has('f') || opts.has('F') || call.args().contains("--follow");
        List<String> files = opts.operands.isEmpty() ? List.of("-") : opts.operands;
        boolean headers = (files.size() > 1 || opts.has('v')) && !opts.has('q');
        int status = 0;
        Map<String, Long> followed = new LinkedHashMap<>();
        String lastShown = null;
        for (String file : files) {
            String content = LineCounts.readOrComplain(call, "tail", file);
            if (content == null) {
                status = 1;
                continue;
            }
            if (headers) {
                call.out().print((lastShown == null ? "" : "\n") + "==> " + shownName(file) + " <==\n");
            }
            lastShown = file;
            Text.writeRaw(call.out(), bytes ? lastBytes(content, n, fromStart) : lastLines(content, n, fromStart));
            if (follow && !file.equals("-")) {
                followed.put(file, (long) content.length());
            }
        }
        if (!follow || (files.size() == 1 && files.get(0).equals("-"))) {
            return status;
        }
        if (followed.isEmpty()) {
            call.err().println("tail: no files remaining");
            return 1;
        }
        return followGrowth(call, followed, headers, lastShown);
    }

    private static String shownName(String file) {
        return file.equals("-") ? "standard input" : file;
    }

    /** {@code -c N}: the last N bytes; {@code -c +N}: from byte N on (the text holds one char a byte). */
    static String lastBytes(String content, long n, boolean fromStart) {
        int from = fromStart ? (int) Math.min(content.length(), Math.max(0, n - 1))
                : (int) Math.max(0, content.length() - Math.min(n, content.length()));
        return content.substring(from);
    }

    static String lastLines(String content, long n, boolean fromStart) {
        List<String> lines = Text.lines(content);
        int from = fromStart ? (int) Math.min(lines.size(), Math.max(0, n - 1))
                : (int) Math.max(0, lines.size() - Math.min(n, lines.size()));
        StringBuilder out = new StringBuilder();
        for (String line : lines.subList(from, lines.size())) {
            out.append(line).append('\n');
        }
        if (!Text.endsWithNewline(content) && out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** Polls the followed files, printing what is appended, until cancelled or the reader goes away. */
    private int followGrowth(CommandCall call, Map<String, Long> sizes, boolean headers, String lastShown) {
        SimFileSystem fs = call.context().fileSystem();
        while (!call.cancellation().isCancelled()) {
            for (Map.Entry<String, Long> entry : sizes.entrySet()) {
                String file = entry.getKey();
                String path = call.resolve(file);
                try {
                    if (sizes.size() == 1) {
                        fs.awaitChange(path, entry.getValue(), POLL);
                    }
                } catch (InterruptedException e) {
                    return PipelineRunner.INTERRUPTED;
                }
                if (call.cancellation().isCancelled()) {
                    return PipelineRunner.INTERRUPTED;
                }
                byte[] now;
                try {
                    now = fs.read(path);
                } catch (SimFileException e) {
                    continue; // gone for now; GNU tail -f keeps the descriptor and simply sees nothing new
                }
                long known = entry.getValue();
                if (now.length == known) {
                    continue;
                }
                if (now.length < known) {
                    call.err().println("tail: " + file + ": file truncated");
                    known = 0;
                }
                if (headers && !file.equals(lastShown)) {
                    call.out().print("\n==> " + file + " <==\n");
                    lastShown = file;
                }
                call.out().write(now, (int) known, (int) (now.length - known));
                call.out().flush();
                entry.setValue((long) now.length);
                if (call.out().checkError()) {
                    return 141; // the reader is gone: SIGPIPE
                }
            }
            if (sizes.size() > 1 && !sleep(POLL)) {
                return PipelineRunner.INTERRUPTED;
            }
        }
        return PipelineRunner.INTERRUPTED;
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
