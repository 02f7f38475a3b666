package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code wc [-l] [-w] [-c] [FILE]...}, GNU layout: a single count of standard input is printed bare; otherwise
 * counts are right-aligned, 7 wide for standard input, as wide as the total byte count for files.
 */
final class WcCommand implements ExternalCommand {

    private record Counts(long lines, long words, long bytes, String name) {}

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "lwcm", "");
        if (opts.problem("wc") != null) {
            call.err().println(opts.problem("wc"));
            call.err().println("Try 'wc --help' for more information.");
            return 1;
        }
        boolean any = opts.has('l') || opts.has('w') || opts.has('c') || opts.has('m');
        boolean lines = !any || opts.has('l');
        boolean words = !any || opts.has('w');
        boolean bytes = !any || opts.has('c') || opts.has('m');
        List<String> files = opts.operands.isEmpty() ? List.of("-") : opts.operands;
        List<Counts> results = new ArrayList<>();
        int status = 0;
        long totalLines = 0;
        long totalWords = 0;
        long totalBytes = 0;
        for (String file : files) {
            String content = ToolInput.read(call, file, reason -> "wc: " + file + ": " + reason);
            if (content == null) {
                status = 1;
                continue;
            }
            Counts counts = count(content, file.equals("-") && opts.operands.isEmpty() ? "" : file);
            results.add(counts);
            totalLines += counts.lines();
            totalWords += counts.words();
            totalBytes += counts.bytes();
        }
        if (files.size() > 1) {
            results.add(new Counts(totalLines, totalWords, totalBytes, "total"));
        }
        int fields = (lines ? 1 : 0) + (words ? 1 : 0) + (bytes ? 1 : 0);
        boolean fromStdin = files.contains("-");
        int width = fromStdin ? 7 : Long.toString(totalBytes).length();
        if (fields == 1 && results.size() == 1) {
            width = 1;
        }
        for (Counts counts : results) {
            List<String> cells = new ArrayList<>();
            if (lines) {
                cells.add(pad(counts.lines(), width));
            }
            if (words) {
                cells.add(pad(counts.words(), width));
            }
            if (bytes) {
                cells.add(pad(counts.bytes(), width));
            }
            String line = String.join(" ", cells);
            call.out().println(counts.name().isEmpty() ? line : line + " " + counts.name());
        }
        return status;
    }

    private static String pad(long value, int width) {
        return String.format("%" + width + "d", value);
    }

    private static Counts count(String content, String name) {
        long lines = content.chars().filter(c -> c == '\n').count();
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b;
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return new Counts(lines, words, content.length(), name);
    }
}
