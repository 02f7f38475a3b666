package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code tr [-c] [-d] [-s] SET1 [SET2]}: GNU tr on standard input, byte by byte: translation (SET2 padded with its
 * last character), deletion, squeezing of repeats; sets of characters, ranges ({@code a-z}), escapes ({@code \n \t
 * \\ \NNN}) and classes ({@code [:upper:]} ...). [fpsh: {@code [c*n]} repeats and {@code [=c=]} are not simulated]
 */
final class TrCommand implements ExternalCommand {
    private static final String TRY = "Try 'tr --help' for more information.";

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "cCds", "");
        if (ToolInput.badOption(call, opts, "tr")) {
            return 1;
        }
        boolean complement = opts.has('c') || opts.has('C');
        boolean delete = opts.has('d');
        boolean squeeze = opts.has('s');
        List<String> sets = opts.operands;
        int fewest = delete == squeeze ? 2 : 1;
        int most = delete && !squeeze ? 1 : 2;
        if (sets.isEmpty()) {
            return refuse(call, "missing operand");
        }
        if (sets.size() < fewest) {
            return refuse(call, "missing operand after '" + sets.get(sets.size() - 1) + "'\n" + (delete
                    ? "Two strings must be given when both deleting and squeezing repeats."
                    : "Two strings must be given when translating."));
        }
        if (sets.size() > most) {
            return refuse(call, "extra operand '" + sets.get(most) + "'" + (delete && !squeeze
                    ? "\nOnly one string may be given when deleting without squeezing repeats." : ""));
        }
        boolean[] first = members(expand(sets.get(0)));
        if (complement) {
            for (int i = 0; i < 256; i++) {
                first[i] = !first[i];
            }
        }
        int[] map = null;
        boolean[] squeezed = null;
        if (!delete && sets.size() == 2) {
            map = translation(complement ? listOf(first) : expand(sets.get(0)), expand(sets.get(1)));
            if (map == null) {
                call.err().println("tr: when not truncating set1, string2 must be non-empty");
                return 1;
            }
            squeezed = members(expand(sets.get(1)));
        } else if (squeeze) {
            squeezed = sets.size() == 2 ? members(expand(sets.get(1))) : first;
        }
        String input = LineCounts.readOrComplain(call, "tr", "-");
        StringBuilder out = new StringBuilder(input.length());
        int last = -1;
        for (int i = 0; i < input.length(); i++) {
            int c = input.charAt(i) & 0xff;
            if (delete && first[c]) {
                continue;
            }
            if (map != null) {
                c = map[c];
            }
            if (squeeze && squeezed[c] && c == last) {
                continue;
            }
            out.append((char) c);
            last = c;
        }
        Text.writeRaw(call.out(), out.toString());
        return 0;
    }

    private static int refuse(CommandCall call, String message) {
        call.err().println("tr: " + message);
        call.err().println(TRY);
        return 1;
    }

    /** Each byte to its translation: SET1's i-th to SET2's i-th, SET2's last standing for the rest; null when SET2 is empty. */
    private static int[] translation(List<Integer> from, List<Integer> to) {
        if (to.isEmpty()) {
            return from.isEmpty() ? identity() : null;
        }
        int[] map = identity();
        for (int i = 0; i < from.size(); i++) {
            map[from.get(i)] = to.get(Math.min(i, to.size() - 1));
        }
        return map;
    }

    private static int[] identity() {
        int[] map = new int[256];
        for (int i = 0; i < 256; i++) {
            map[i] = i;
        }
        return map;
    }

    private static boolean[] members(List<Integer> set) {
        boolean[] in = new boolean[256];
        set.forEach(c -> in[c] = true);
        return in;
    }

    private static List<Integer> listOf(boolean[] members) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            if (members[i]) {
                list.add(i);
            }
        }
        return list;
    }

    /** A set's bytes in order: its classes, ranges and escapes spelled out. */
    static List<Integer> expand(String set) {
        List<Integer> bytes = new ArrayList<>();
        int i = 0;
        while (i < set.length()) {
            if (set.startsWith("[:", i) && set.indexOf(":]", i + 2) > 0) {
                String name = set.substring(i + 2, set.indexOf(":]", i + 2));
                for (int c = 0; c < 256; c++) {
                    if (inClass(name, c)) {
                        bytes.add(c);
                    }
                }
                i = set.indexOf(":]", i + 2) + 2;
                continue;
            }
            int[] read = character(set, i);
            if (read[1] < set.length() - 1 && set.charAt(read[1]) == '-') {
                int[] end = character(set, read[1] + 1);
                for (int c = read[0]; c <= end[0]; c++) {
                    bytes.add(c);
                }
                i = end[1];
            } else {
                bytes.add(read[0]);
                i = read[1];
            }
        }
        return bytes;
    }

    /** The byte at {@code i} (an escape read whole) and where the next begins. */
    private static int[] character(String set, int i) {
        char c = set.charAt(i);
        if (c != '\\' || i + 1 >= set.length()) {
            return new int[] {c & 0xff, i + 1};
        }
        char e = set.charAt(i + 1);
        if (e >= '0' && e <= '7') {
            int end = i + 1;
            int value = 0;
            while (end < set.length() && end < i + 4 && set.charAt(end) >= '0' && set.charAt(end) <= '7') {
                value = value * 8 + (set.charAt(end++) - '0');
            }
            return new int[] {value & 0xff, end};
        }
        int value = switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> 11;
            default -> e;
        };
        return new int[] {value, i + 2};
    }

    private static boolean inClass(String name, int c) {
        return switch (name) {
            case "upper" -> c >= 'A' && c <= 'Z';
            case "lower" -> c >= 'a' && c <= 'z';
            case "digit" -> c >= '0' && c <= '9';
            case "alpha" -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            case "alnum" -> inClass("alpha", c) || inClass("digit", c);
            case "space" -> c == ' ' || (c >= 9 && c <= 13);
            case "blank" -> c == ' ' || c == '\t';
            case "punct" -> c > 32 && c < 127 && !inClass("alnum", c);
            case "cntrl" -> c < 32 || c == 127;
            case "print" -> c >= 32 && c < 127;
            case "graph" -> c > 32 && c < 127;
            case "xdigit" -> inClass("digit", c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
            default -> false;
        };
    }
}
