package io.fpsh.playbook.report;

import io.fpsh.playbook.Verdict;

/** Text as the HTML report writes it: secrets masked, then escaped (a device's output stays text, never markup). */
final class HtmlText {
    private final ReportSecrets secrets;

    HtmlText(ReportSecrets secrets) {
        this.secrets = secrets;
    }

    /** {@code text} masked and escaped for an element's content or a quoted attribute; null as empty. */
    String of(String text) {
        if (text == null) {
            return "";
        }
        String clean = secrets.clean(text);
        StringBuilder escaped = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // a terminal's escapes and bells in a device's output are shown, not passed on
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** The CSS class of a verdict: its name, lower case. */
    static String css(Verdict verdict) {
        return "v-" + verdict.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A duration as people read it: {@code 850 ms}, {@code 17.7 s}, {@code 3 min 5 s}. */
    static String duration(long micros) {
        long millis = micros / 1000;
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return millis / 60_000 + " min " + (millis % 60_000) / 1000 + " s";
    }
}
