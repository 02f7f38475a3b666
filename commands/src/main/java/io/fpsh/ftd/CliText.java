package io.fpsh.ftd;

import java.util.List;

/** The FTD's text conventions: 52-column section headers, labels padded to column 26. */
public final class CliText {
    public static final int WIDTH = 52;
    private static final String CONTINUATION = " ".repeat(28);

    private CliText() {}

    /** {@code ===============[ System Information ]===============}: the title centred, the extra fill on the right. */
    public static String header(char fill, String title) {
        String label = "[ " + title + " ]";
        int left = (WIDTH - label.length()) / 2;
        int right = Math.max(0, WIDTH - label.length() - left);
        return String.valueOf(fill).repeat(Math.max(0, left)) + label + String.valueOf(fill).repeat(right);
    }

    /** {@code Label                     : value}. */
    public static String field(String label, Object value) {
        return String.format("%-26s: %s", label, value);
    }

    /** A field with several values: the first beside the label, the others aligned under it. */
    public static void multiField(StringBuilder out, String label, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? field(label, values.get(0)) : CONTINUATION + values.get(i)).append('\n');
        }
    }
}
