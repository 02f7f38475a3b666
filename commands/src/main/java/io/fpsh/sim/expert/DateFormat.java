package io.fpsh.sim.expert;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The common {@code date +FORMAT} conversions ({@code %Y-%m-%d %H:%M:%S}, {@code %s}, {@code %N}, {@code %Z}...). */
final class DateFormat {

    private DateFormat() {}

    static String format(String format, ZonedDateTime time) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            char conversion = format.charAt(++i);
            out.append(switch (conversion) {
                case 'Y' -> pattern("yyyy", time);
                case 'm' -> pattern("MM", time);
                case 'd' -> pattern("dd", time);
                case 'e' -> pattern("ppd", time);
                case 'H' -> pattern("HH", time);
                case 'M' -> pattern("mm", time);
                case 'S' -> pattern("ss", time);
                case 'T' -> pattern("HH:mm:ss", time);
                case 'F' -> pattern("yyyy-MM-dd", time);
                case 'a' -> pattern("EEE", time);
                case 'b' -> pattern("MMM", time);
                case 'Z' -> SessionCommands.formatDefault(time).split("\\s+")[4];
                case 'z' -> pattern("xx", time);
                case 's' -> Long.toString(time.toEpochSecond());
                case 'N' -> String.format("%09d", time.getNano());
                case 'n' -> "\n";
                case '%' -> "%";
                default -> "%" + conversion;
            });
        }
        return out.toString();
    }

    private static String pattern(String pattern, ZonedDateTime time) {
        return DateTimeFormatter.ofPattern(pattern, Locale.US).format(time);
    }
}
