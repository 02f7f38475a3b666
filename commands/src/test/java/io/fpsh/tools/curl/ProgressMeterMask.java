package io.fpsh.tools.curl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes two progress meters comparable: speeds and times are masked, and of the lines drawn only the first and
 * those ended by a newline (a request's last line) are kept, since the redraws in between follow the wall clock.
 */
final class ProgressMeterMask {

    /** One meter line: percentages and sizes (kept), then speeds, times and current speed (masked). */
    private static final Pattern LINE = Pattern.compile(
            "\\r(.{3} .{5}  .{3} .{5}  .{3} .{5})  .{5}  .{5} [-: 0-9dh]{8} [-: 0-9dh]{8} [-: 0-9dh]{8} .{5}(\\n?)");

    private ProgressMeterMask() {}

    static String normalise(String text) {
        Matcher m = LINE.matcher(text);
        StringBuilder kept = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            boolean last = !m.group(2).isEmpty();
            String replacement = first || last ? "\r" + m.group(1) + " [speeds and times]" + m.group(2) : "";
            m.appendReplacement(kept, Matcher.quoteReplacement(replacement));
            first = false;
        }
        m.appendTail(kept);
        return kept.toString();
    }
}
