package io.fpsh.sim.expert;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * awk's values: numbers (Double), strings (String) and input fields ({@link Field}: a string that compares as a
 * number when it looks like one), with awk's conversions and C's printf.
 */
final class AwkValues {

    /** An input field or other "strnum": compared as a number when the whole text looks numeric. */
    record Field(String text) {
        boolean looksNumeric() {
            return NUMERIC.matcher(text).matches();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final Pattern NUMERIC = Pattern.compile("[ \\t\\n]*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?[ \\t\\n]*");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[ \\t\\n]*([-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?)");
    private static final Pattern CONVERSION = Pattern.compile("%([-+ #0]*)(\\*|\\d+)?(?:\\.(\\*|\\d+))?([a-zA-Z%])");

    private AwkValues() {}

    static double number(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        Matcher m = LEADING_NUMBER.matcher(value == null ? "" : value.toString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static String string(Object value) {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e16) {
                return Long.toString(d.longValue());
            }
            return formatG(d, 6, false);
        }
        return value == null ? "" : value.toString();
    }

    static boolean truth(Object value) {
        if (value instanceof Double d) {
            return d != 0;
        }
        if (value instanceof Field f && f.looksNumeric()) {
            return number(f) != 0;
        }
        return value != null && !value.toString().isEmpty();
    }

    /** awk's comparison: numeric when both sides are numbers or numeric-looking fields, else by bytes. */
    static int compare(Object a, Object b) {
        if (isNumeric(a) && isNumeric(b)) {
            return Double.compare(number(a), number(b));
        }
        return string(a).compareTo(string(b));
    }

    private static boolean isNumeric(Object value) {
        return value instanceof Double || value == null || value instanceof Field f && f.looksNumeric();
    }

    /** C's {@code %g}: the shorter of %e and %f, trailing zeros dropped (unless {@code #}). */
    static String formatG(double value, int precision, boolean keepZeros) {
        if (value == 0) {
            return "0";
        }
        int p = precision == 0 ? 1 : precision;
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        String text = String.format(Locale.ROOT, "%." + (p - 1) + "e", value);
        exponent = Integer.parseInt(text.substring(text.indexOf('e') + 1));
        if (exponent < -4 || exponent >= p) {
            String mantissa = text.substring(0, text.indexOf('e'));
            if (!keepZeros && mantissa.contains(".")) {
                mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return mantissa + String.format(Locale.ROOT, "e%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        }
        String fixed = String.format(Locale.ROOT, "%." + Math.max(0, p - 1 - exponent) + "f", value);
        if (!keepZeros && fixed.contains(".")) {
            fixed = fixed.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return fixed;
    }

    /** C's printf over awk values: %d %i %o %x %X %u %c %s %e %f %g %%, with flags, width and precision. */
    static String printf(String format, java.util.List<Object> args) {
        StringBuilder out = new StringBuilder();
        Matcher m = CONVERSION.matcher(format);
        int last = 0;
        int next = 0;
        while (m.find()) {
            out.append(format, last, m.start());
            last = m.end();
            char conversion = m.group(4).charAt(0);
            if (conversion == '%') {
                out.append('%');
                continue;
            }
            String width = m.group(2);
            if ("*".equals(width)) {
                width = Long.toString((long) number(next < args.size() ? args.get(next++) : null));
            }
            String precision = m.group(3);
            if ("*".equals(precision)) {
                precision = Long.toString((long) number(next < args.size() ? args.get(next++) : null));
            }
            Object arg = next < args.size() ? args.get(next++) : null;
            String flags = m.group(1);
            String spec = "%" + flags + (width == null ? "" : width);
            out.append(switch (conversion) {
                case 'd', 'i', 'u' -> String.format(Locale.ROOT, spec + "d", (long) number(arg));
                case 'o', 'x', 'X' -> String.format(Locale.ROOT, spec + conversion, (long) number(arg));
                case 'c' -> String.format(Locale.ROOT, spec.replace("0", "") + "s",
                        arg instanceof Double d ? String.valueOf((char) d.intValue()) : string(arg).isEmpty() ? "" : string(arg).substring(0, 1));
                case 'e', 'E', 'f', 'F' -> String.format(Locale.ROOT, spec + (precision == null ? "" : "." + precision)
                        + Character.toLowerCase(conversion), number(arg));
                case 'g', 'G' -> pad(formatG(number(arg), precision == null ? 6 : Integer.parseInt(precision),
                        flags.contains("#")), flags, width);
                case 's' -> {
                    String s = string(arg);
                    if (precision != null && Integer.parseInt(precision) < s.length()) {
                        s = s.substring(0, Integer.parseInt(precision));
                    }
                    yield pad(s, flags, width);
                }
                default -> m.group();
            });
        }
        return out.append(format.substring(last)).toString();
    }

    private static String pad(String text, String flags, String width) {
        if (width == null || text.length() >= Integer.parseInt(width)) {
            return text;
        }
        String blanks = " ".repeat(Integer.parseInt(width) - text.length());
        return flags.contains("-") ? text + blanks : blanks + text;
    }
}
