package io.fpsh.shell;

/** Makes typed text safe to echo inside fpsh's own messages: control characters become {@code ^X}, long text is cut. */
final class Printable {
    private static final int MAX = 80;

    private Printable() {}

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append('^').append((char) (c ^ 0x40));
            } else {
                out.append(c);
            }
        }
        return out.length() >= MAX ? out + "..." : out.toString();
    }
}
