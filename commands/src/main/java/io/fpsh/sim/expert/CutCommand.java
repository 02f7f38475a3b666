package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/** {@code cut -f LIST [-d DELIM] [-s] | -c LIST | -b LIST [FILE]...} (GNU coreutils; characters are bytes, as in C). */
final class CutCommand implements ExternalCommand {

    /** One range of a LIST, 1-based and inclusive; {@code to} is MAX_VALUE for {@code N-}. */
    record Range(int from, int to) {
        boolean contains(int n) {
            return n >= from && n <= to;
        }
    }

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "sn", "dfcb", "complement");
        if (ToolInput.badOption(call, opts, "cut")) {
            return 1;
        }
        String fieldList = opts.value('f');
        String charList = opts.value('c') != null ? opts.value('c') : opts.value('b');
        if (fieldList == null && charList == null) {
            return usage(call, "you must specify a list of bytes, characters, or fields");
        }
        String delimiter = opts.value('d') == null ? "\t" : Text.asBytes(opts.value('d'));
        if (delimiter.length() != 1) {
            return usage(call, "the delimiter must be a single character");
        }
        if (fieldList == null && opts.has('d')) {
            return usage(call, "an input delimiter may be specified only when operating on fields");
        }
        List<Range> ranges;
        try {
            ranges = ranges(fieldList != null ? fieldList : charList, fieldList != null);
        } catch (IllegalArgumentException e) {
            return usage(call, e.getMessage());
        }
        int status = 0;
        for (String file : opts.operands.isEmpty() ? List.of("-") : opts.operands) {
            String text = ToolInput.read(call, file, reason -> "cut: " + file + ": " + reason);
            if (text == null) {
                status = 1;
                continue;
            }
            StringBuilder out = new StringBuilder();
            for (String line : Text.lines(text)) {
                String cut = fieldList != null ? fields(line, delimiter.charAt(0), ranges, opts.has('s'))
                        : characters(line, ranges);
                if (cut != null) {
                    out.append(cut).append('\n');
                }
            }
            Text.writeRaw(call.out(), out.toString());
        }
        return status;
    }

    private static int usage(CommandCall call, String problem) {
        call.err().println("cut: " + problem);
        call.err().println("Try 'cut --help' for more information.");
        return 1;
    }

    static List<Range> ranges(String list, boolean fields) {
        List<Range> ranges = new ArrayList<>();
        String unit = fields ? "field" : "byte/character";
        for (String part : list.split(",", -1)) {
            if (!part.matches("\\d*-?\\d*") || part.isEmpty() || part.equals("-")) {
                String shown = part.isEmpty() || part.equals("-") ? list : part;
                throw new IllegalArgumentException(part.equals("-") ? "invalid range with no endpoint: -"
                        : "invalid " + unit + " value '" + shown + "'");
            }
            int dash = part.indexOf('-');
            int from = dash == 0 ? 1 : number(dash < 0 ? part : part.substring(0, dash), fields);
            int to = dash < 0 ? from : dash == part.length() - 1 ? Integer.MAX_VALUE : number(part.substring(dash + 1), fields);
            if (to < from) {
                throw new IllegalArgumentException("invalid decreasing range");
            }
            ranges.add(new Range(from, to));
        }
        return ranges;
    }

    private static int number(String digits, boolean fields) {
        long n = Long.parseLong(digits);
        if (n == 0) {
            throw new IllegalArgumentException((fields ? "fields" : "byte/character positions") + " are numbered from 1");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static boolean selected(List<Range> ranges, int n) {
        return ranges.stream().anyMatch(r -> r.contains(n));
    }

    /** The selected fields joined by the delimiter; a line without it whole, or null with -s. */
    private static String fields(String line, char delimiter, List<Range> ranges, boolean onlyDelimited) {
        if (line.indexOf(delimiter) < 0) {
            return onlyDelimited ? null : line;
        }
        String[] fields = line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (selected(ranges, i + 1)) {
                kept.add(fields[i]);
            }
        }
        return String.join(String.valueOf(delimiter), kept);
    }

    private static String characters(String line, List<Range> ranges) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            if (selected(ranges, i + 1)) {
                kept.append(line.charAt(i));
            }
        }
        return kept.toString();
    }
}
