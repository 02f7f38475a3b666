package io.fpsh.tools.curl;

/**
 * The curl tool's "Warning: " lines: it cuts a long message at a blank so that no line passes 79 columns, and
 * starts every piece with the prefix again.
 */
final class ToolWarning {

    private static final String PREFIX = "Warning: ";
    private static final int WIDTH = 79 - PREFIX.length();

    private ToolWarning() {}

    /** {@code message} without the prefix; the result ends with a newline. */
    static String text(String message) {
        String rest = message.endsWith("\n") ? message : message + "\n";
        StringBuilder out = new StringBuilder();
        while (!rest.isEmpty()) {
            out.append(PREFIX);
            if (rest.length() <= WIDTH) {
                out.append(rest);
                break;
            }
            int cut = WIDTH - 1;
            while (cut > 0 && rest.charAt(cut) != ' ' && rest.charAt(cut) != '\t') cut--;
            if (cut == 0) cut = WIDTH - 1; // one long word: cut it anywhere
            out.append(rest, 0, cut + 1).append('\n');
            rest = rest.substring(cut + 1);
        }
        return out.toString();
    }
}
