package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bash's {@code printf FORMAT [ARGUMENT]...}: the format's escapes ({@code \n \t \r \\ \NNN \xHH}) and conversions
 * ({@code %s %d %i %u %o %x %X %c %e %f %g %b %%}, with flags, width and precision, {@code *} included), the format
 * used again while arguments remain, a missing argument as an empty string or 0; a number that is not one gets bash's
 * {@code invalid number} and counts as 0. [fpsh: {@code -v VAR} and {@code %q} are not simulated]
 */
final class PrintfCommand implements ExternalCommand {
    private static final Pattern CONVERSION = Pattern.compile("%([-+ #0]*)(\\*|\\d+)?(?:\\.(\\*|\\d*))?([diouxXeEfFgGcsb%])?");

    @Override
    public int run(CommandCall call) {
        List<String> args = call.args();
        int first = !args.isEmpty() && args.get(0).equals("--") ? 1 : 0;
        if (args.size() <= first) {
            call.err().println("printf: usage: printf [-v var] format [arguments]");
            return 2;
        }
        if (args.get(first).startsWith("-") && args.get(first).length() > 1) {
            call.err().println("-bash: printf: " + args.get(first).substring(0, 2) + ": invalid option");
            call.err().println("printf: usage: printf [-v var] format [arguments]");
            return 2;
        }
        String format = args.get(first);
        List<String> values = args.subList(first + 1, args.size());
        StringBuilder out = new StringBuilder();
        int[] status = {0};
        int next = 0;
        do {
            int before = next;
            next = onePass(call, format, values, next, out, status);
            if (next == before) {
                break; // a format without conversions is printed once
            }
        } while (next < values.size());
        Text.writeRaw(call.out(), Text.asBytes(out.toString()));
        return status[0];
    }

    /** Formats once from argument {@code next} on; the index of the first argument left. */
    private static int onePass(CommandCall call, String format, List<String> values, int next, StringBuilder out,
                               int[] status) {
        Matcher m = CONVERSION.matcher(format);
        int last = 0;
        while (m.find()) {
            out.append(unescape(format.substring(last, m.start()), false));
            last = m.end();
            if (m.group(4) == null) {
                out.append(m.group()); // bash prints a lone % as it is [UNVERIFIED: and warns]
                continue;
            }
            char conversion = m.group(4).charAt(0);
            if (conversion == '%') {
                out.append('%');
                continue;
            }
            String width = m.group(2);
            if ("*".equals(width)) {
                width = Long.toString(number(call, next < values.size() ? values.get(next++) : "", status));
            }
            String precision = m.group(3);
            if ("*".equals(precision)) {
                precision = Long.toString(number(call, next < values.size() ? values.get(next++) : "", status));
            }
            String value = next < values.size() ? values.get(next++) : null;
            String spec = "%" + m.group(1) + (width == null ? "" : width) + (precision == null ? "" : "." + precision);
            List<Object> arguments = new ArrayList<>();
            switch (conversion) {
                case 's', 'c' -> arguments.add(value == null ? "" : value);
                case 'b' -> {
                    arguments.add(value == null ? "" : unescape(value, true));
                    conversion = 's';
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> arguments.add(decimal(call, value, status));
                default -> arguments.add((double) number(call, value == null ? "" : value, status));
            }
            out.append(AwkValues.printf(spec + conversion, arguments));
        }
        out.append(unescape(format.substring(last), false));
        return next;
    }

    /** bash's reading of an integer argument: decimal, 0x hex, 0 octal, 'c for a character's code; else 0 and a complaint. */
    private static long number(CommandCall call, String text, int[] status) {
        String value = text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        if (value.startsWith("'") || value.startsWith("\"")) {
            return value.length() > 1 ? value.charAt(1) : 0;
        }
        try {
            String digits = value.replaceFirst("^[+-]", "");
            long magnitude = digits.matches("0[xX][0-9a-fA-F]+") ? Long.parseLong(digits.substring(2), 16)
                    : digits.matches("0[0-7]+") ? Long.parseLong(digits, 8) : Long.parseLong(digits);
            return value.startsWith("-") ? -magnitude : magnitude;
        } catch (NumberFormatException e) {
            call.err().println("-bash: printf: " + text + ": invalid number");
            status[0] = 1;
            return 0;
        }
    }

    private static double decimal(CommandCall call, String text, int[] status) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            call.err().println("-bash: printf: " + text + ": invalid number");
            status[0] = 1;
            return 0;
        }
    }

    /** The backslash escapes of a format (or of a %b argument, where an octal escape starts with \0). */
    static String unescape(String text, boolean argument) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\013');
                case 'e', 'E' -> out.append('\033');
                case '\\' -> out.append('\\');
                case 'x' -> {
                    int end = i + 1;
                    while (end < text.length() && end < i + 3 && Character.digit(text.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end == i + 1) {
                        out.append("\\x");
                    } else {
                        out.append((char) Integer.parseInt(text.substring(i + 1, end), 16));
                        i = end - 1;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int start = argument && e == '0' ? i + 1 : i;
                        int end = start;
                        while (end < text.length() && end < start + 3 && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
                            end++;
                        }
                        out.append(end == start ? '\0' : (char) (Integer.parseInt(text.substring(start, end), 8) & 0xff));
                        i = end - 1;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }
}
