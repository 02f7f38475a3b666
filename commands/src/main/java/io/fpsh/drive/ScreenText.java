package io.fpsh.drive;

/**
 * A command's text as a terminal leaves it on the screen: a carriage return goes back to the start of the line and a
 * backspace one column, and what follows overprints (curl's progress meter redraws its line so). Programs and parsers
 * read this, never the raw redraws.
 */
public final class ScreenText {
    private ScreenText() {}

    public static String of(String text) {
        if (text == null || (text.indexOf('\r') < 0 && text.indexOf('\b') < 0)) {
            return text;
        }
        StringBuilder screen = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> column = 0;
                case '\b' -> column = Math.max(0, column - 1);
                case '\n' -> {
                    screen.append(line).append('\n');
                    line.setLength(0);
                    column = 0;
                }
                default -> {
                    if (column < line.length()) {
                        line.setCharAt(column, c);
                    } else {
                        line.append(c);
                    }
                    column++;
                }
            }
        }
        return screen.append(line).toString();
    }
}
