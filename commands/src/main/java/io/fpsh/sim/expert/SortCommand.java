package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sort [-n] [-r] [-u] [-f] [-b] [-s] [-t SEP] [-k F[.C][nrbf][,F[.C][nrbf]]]... [FILE]...} in the C locale (byte
 * order), GNU coreutils' rules: keys compared in turn, then the whole line as a last resort (not with -s or -u).
 */
final class SortCommand implements ExternalCommand {

    /** One {@code -k}: fields and characters 1-based, {@code endField} 0 for the end of the line. */
    private record Key(int startField, int startChar, int endField, int endChar, boolean numeric, boolean reverse,
                       boolean blanks, boolean foldCase) {}

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "nrufbsgM", "kto");
        if (ToolInput.badOption(call, opts, "sort")) {
            return 2;
        }
        String separator = opts.value('t') == null ? null : Text.asBytes(opts.value('t'));
        if (separator != null && separator.length() != 1) {
            call.err().println(separator.isEmpty() ? "sort: empty tab" : "sort: multi-character tab '" + separator + "'");
            return 2;
        }
        List<Key> keys = new ArrayList<>();
        for (String spec : opts.values('k')) {
            Key key = key(spec, opts);
            if (key == null) {
                call.err().println(spec.matches("0.*") ? "sort: field number is zero: invalid field specification '" + spec + "'"
                        : "sort: invalid number at field start: invalid count at start of '" + spec + "'");
                return 2;
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            keys.add(new Key(1, 1, 0, 0, opts.has('n') || opts.has('g'), opts.has('r'), opts.has('b'), opts.has('f')));
        }
        String text = ToolInput.readAll(call, opts.operands, (file, reason) -> "sort: cannot read: " + file + ": " + reason);
        if (text == null) {
            return 2;
        }
        boolean lastResort = !opts.has('s') && !opts.has('u');
        Character tab = separator == null ? null : separator.charAt(0);
        Comparator<String> byKeys = (a, b) -> {
            for (Key key : keys) {
                int c = compare(extract(a, key, tab), extract(b, key, tab), key);
                if (c != 0) {
                    return key.reverse() ? -c : c;
                }
            }
            return 0;
        };
        // keys carry their own -r; the whole-line last resort follows the global one
        Comparator<String> wholeLine = opts.has('r') ? Comparator.<String>reverseOrder() : Comparator.naturalOrder();
        Comparator<String> order = lastResort ? byKeys.thenComparing(wholeLine) : byKeys;
        List<String> lines = new ArrayList<>(Text.lines(text));
        lines.sort(order);
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (opts.has('u') && previous != null && byKeys.compare(previous, line) == 0) {
                continue;
            }
            out.append(line).append('\n');
            previous = line;
        }
        Text.writeRaw(call.out(), out.toString());
        return 0;
    }

    /** A {@code -k} spec, global options applying when the key has none of its own; null when malformed. */
    private static Key key(String spec, GetOpt opts) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\\d+)(?:\\.(\\d+))?([nrbfg]*)(?:,(\\d+)(?:\\.(\\d+))?([nrbfg]*))?").matcher(spec);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            return null;
        }
        String own = m.group(3) + (m.group(6) == null ? "" : m.group(6));
        boolean inherit = own.isEmpty();
        return new Key(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                inherit ? opts.has('n') || opts.has('g') : own.contains("n") || own.contains("g"),
                inherit ? opts.has('r') : own.contains("r"), inherit ? opts.has('b') : own.contains("b"),
                inherit ? opts.has('f') : own.contains("f"));
    }

    /** The key's text: from its start field/char to its end (whole fields, with leading blanks when no -t). */
    private static String extract(String line, Key key, Character tab) {
        List<int[]> fields = fieldSpans(line, tab);
        int start = fieldOffset(line, fields, key.startField(), key.startChar(), key.blanks(), tab, true);
        int end = key.endField() == 0 ? line.length()
                : fieldOffset(line, fields, key.endField(), key.endChar(), false, tab, false);
        return start >= end ? "" : line.substring(start, end);
    }

    /** Each field's [start, end): with a tab, between separators; without, blanks then non-blanks. */
    private static List<int[]> fieldSpans(String line, Character tab) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        if (tab != null) {
            int start = 0;
            for (; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == tab) {
                    spans.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            return spans;
        }
        while (i < line.length()) {
            int start = i;
            while (i < line.length() && isBlank(line.charAt(i))) {
                i++;
            }
            while (i < line.length() && !isBlank(line.charAt(i))) {
                i++;
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }

    private static int fieldOffset(String line, List<int[]> fields, int field, int character, boolean skipBlanks,
                                   Character tab, boolean isStart) {
        if (field > fields.size()) {
            return line.length();
        }
        int[] span = fields.get(field - 1);
        int at = span[0];
        if (isStart && skipBlanks) {
            while (at < span[1] && isBlank(line.charAt(at))) {
                at++;
            }
        }
        if (!isStart && character == 0) {
            return span[1];
        }
        return Math.min(span[1], at + character - (isStart ? 1 : 0));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static int compare(String a, String b, Key key) {
        if (key.numeric()) {
            return Double.compare(number(a), number(b));
        }
        if (key.foldCase()) {
            return a.toUpperCase(java.util.Locale.ROOT).compareTo(b.toUpperCase(java.util.Locale.ROOT));
        }
        return a.compareTo(b);
    }

    /** The number at the start of a key (after blanks), 0 when there is none, as sort -n reads it. */
    private static double number(String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[ \\t]*(-?\\d*(?:\\.\\d*)?)").matcher(key);
        if (!m.find() || !m.group(1).matches("-?\\d*\\.?\\d*") || !m.group(1).matches(".*\\d.*")) {
            return 0;
        }
        return Double.parseDouble(m.group(1));
    }
}
