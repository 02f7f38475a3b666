package io.fpsh.sim.expert;

import io.fpsh.device.RawScreen;
import io.fpsh.device.ScreenKey;
import io.fpsh.device.ScreenSize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * less on a terminal, key by key: a screen of the file (long lines wrapped), then its prompt line as less 590 shows
 * it here: the file name in reverse video on the first screen, {@code :} after, {@code (END)} in reverse at the end,
 * and a short file's prompt right under its last line. Keys: space f PageDown Ctrl-F / b PageUp Ctrl-B by screens,
 * j k Enter arrows by lines, d u by half screens, g G Home End, {@code /re} {@code ?re} then n N (matches in reverse
 * video), q Q to quit.
 */
final class LessPager {
    /** How often a wait for a key looks at Ctrl-C from elsewhere (the session closing) and a resized window. */
    private static final String NOT_FOUND = "Pattern not found  (press RETURN)";

    enum Outcome { QUIT, NEXT_FILE }

    private final RawScreen screen;
    private final Cancellation cancellation;
    private final boolean numbers;
    /** The last search, kept from file to file as less keeps it. */
    private Pattern pattern;
    private boolean forward = true;

    // the file being paged
    private List<String> lines;
    private int top;
    private boolean firstScreen;
    private String message;
    /** The first line not wholly on the screen last drawn. */
    private int nextTop;

    LessPager(RawScreen screen, Cancellation cancellation, boolean numbers) {
        this.screen = screen;
        this.cancellation = cancellation;
        this.numbers = numbers;
    }

    /** Pages one file until q (QUIT) or, at its end, space when another file follows (NEXT_FILE). */
    Outcome page(String name, List<String> fileLines, String nextName) throws InterruptedException {
        lines = fileLines;
        top = 0;
        firstScreen = true;
        message = null;
        while (true) {
            draw(name, nextName);
            ScreenKey key = nextKey();
            if (key == null) {
                return Outcome.QUIT;
            }
            if (message != null) {
                message = null; // the key that dismisses "(press RETURN)" does nothing else
                continue;
            }
            boolean atEnd = nextTop >= lines.size();
            firstScreen = false;
            int rows = textRows();
            if (key.is('q') || key.is('Q')) {
                return Outcome.QUIT;
            } else if (key.is(' ') || key.is('f') || key.isControl('F') || key.isControl('V')
                    || key.kind() == ScreenKey.Kind.PAGE_DOWN) {
                if (atEnd && nextName != null) {
                    return Outcome.NEXT_FILE;
                }
                top = Math.max(top, Math.min(nextTop, maxTop()));
            } else if (key.is('b') || key.isControl('B') || key.kind() == ScreenKey.Kind.PAGE_UP) {
                top = linesBack(rows);
            } else if (key.is('j') || key.is('e') || key.isControl('N') || key.isControl('E')
                    || key.kind() == ScreenKey.Kind.ENTER || key.kind() == ScreenKey.Kind.DOWN) {
                top = Math.max(top, Math.min(top + 1, maxTop()));
            } else if (key.is('k') || key.is('y') || key.isControl('P') || key.isControl('Y')
                    || key.kind() == ScreenKey.Kind.UP) {
                top = Math.max(0, top - 1);
            } else if (key.is('d') || key.isControl('D')) {
                top = Math.max(top, Math.min(top + rows / 2, maxTop()));
            } else if (key.is('u') || key.isControl('U')) {
                top = Math.max(0, top - rows / 2);
            } else if (key.is('g') || key.is('<') || key.kind() == ScreenKey.Kind.HOME) {
                top = 0;
            } else if (key.is('G') || key.is('>') || key.kind() == ScreenKey.Kind.END) {
                top = maxTop();
            } else if (key.is('/') || key.is('?')) {
                if (!readSearch(key.is('/') ? '/' : '?')) {
                    return Outcome.QUIT;
                }
            } else if (key.is('n') || key.is('N')) {
                search(key.is('n') == forward);
            }
        }
    }

    private ScreenKey nextKey() throws InterruptedException {
        return ScreenKeys.next(screen, cancellation);
    }

    /** Reads a pattern on the prompt line after {@code /} or {@code ?}; false when the session ended. */
    private boolean readSearch(char prompt) throws InterruptedException {
        StringBuilder typed = new StringBuilder();
        while (true) {
            ScreenSize size = screen.size();
            screen.write(new ScreenFrame().row(size.rows() - 1, prompt + typed.toString())
                    .cursorAt(size.rows() - 1, Math.min(size.columns() - 1, typed.length() + 1)));
            ScreenKey key = nextKey();
            if (key == null) {
                return false;
            }
            switch (key.kind()) {
                case CHARACTER -> typed.appendCodePoint(key.codePoint());
                case BACKSPACE -> {
                    if (typed.isEmpty()) {
                        return true; // erasing the prompt itself gives up the search, as in less
                    }
                    typed.setLength(typed.length() - 1);
                }
                case ESCAPE, INTERRUPT -> {
                    return true;
                }
                case ENTER -> {
                    forward = prompt == '/';
                    if (!typed.isEmpty()) {
                        try {
                            pattern = Pattern.compile(PosixRegex.toJava(typed.toString(), true));
                        } catch (PosixRegex.InvalidPattern | PatternSyntaxException e) {
                            message = "Invalid pattern  (press RETURN)"; // [UNVERIFIED: less names the regex error]
                            return true;
                        }
                    }
                    search(forward);
                    return true;
                }
                default -> { }
            }
        }
    }

    /** Moves the first matching line after (or before) the top line to the top of the screen. */
    private void search(boolean down) {
        if (pattern == null) {
            message = "No previous regular expression  (press RETURN)";
            return;
        }
        int step = down ? 1 : -1;
        for (int i = top + step; i >= 0 && i < lines.size(); i += step) {
            if (pattern.matcher(shown(i)).find()) {
                top = i;
                return;
            }
        }
        message = NOT_FOUND;
    }

    private void draw(String name, String nextName) {
        ScreenSize size = screen.size();
        int rows = size.rows() - 1;
        ScreenFrame frame = new ScreenFrame();
        int row = 0;
        int line = top;
        nextTop = top;
        while (row < rows && line < lines.size()) {
            String shown = shown(line);
            int taken = ScreenFrame.rowsOf(shown, size.columns());
            boolean[] marked = matches(shown);
            int part = 0;
            for (; part < taken && row < rows; part++) {
                int from = part * size.columns();
                frame.row(row++, highlighted(shown, marked, from, Math.min(shown.length(), from + size.columns())));
            }
            line++;
            if (part == taken) {
                nextTop = line;
            }
        }
        boolean atEnd = line >= lines.size();
        // a file shorter than the screen has its prompt right under it, as less draws it on a fresh screen; past
        // the end of a longer one (a search's match at the top) the rows are bold tildes
        boolean fits = top == 0 && atEnd;
        int promptRow = fits ? row : rows;
        for (int blank = row; blank <= rows; blank++) {
            frame.row(blank, fits || blank == rows ? "" : "\u001b[1m~" + ScreenFrame.NORMAL);
        }
        String prompt = prompt(name, nextName, atEnd);
        frame.row(promptRow, ScreenFrame.NORMAL + prompt);
        screen.write(frame.cursorAt(promptRow, Math.min(size.columns() - 1, visibleLength(prompt))));
    }

    private String prompt(String name, String nextName, boolean atEnd) {
        if (message != null) {
            return ScreenFrame.REVERSE + message + ScreenFrame.NORMAL;
        }
        String next = nextName == null ? "" : " - Next: " + nextName;
        if (firstScreen && !name.equals("-")) {
            return ScreenFrame.REVERSE + name + (atEnd ? " (END)" + next : "") + ScreenFrame.NORMAL;
        }
        return atEnd ? ScreenFrame.REVERSE + "(END)" + next + ScreenFrame.NORMAL : ":";
    }

    private String shown(int line) {
        String text = ScreenFrame.displayed(lines.get(line));
        return numbers ? String.format("%7d ", line + 1) + text : text;
    }

    private boolean[] matches(String shown) {
        boolean[] marked = new boolean[shown.length()];
        if (pattern != null) {
            Matcher m = pattern.matcher(shown);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    marked[i] = true;
                }
                if (m.end() == m.start() && m.end() >= shown.length()) {
                    break;
                }
            }
        }
        return marked;
    }

    private static String highlighted(String shown, boolean[] marked, int from, int to) {
        StringBuilder out = new StringBuilder();
        boolean on = false;
        for (int i = from; i < to; i++) {
            if (marked[i] != on) {
                out.append(marked[i] ? ScreenFrame.REVERSE : ScreenFrame.NORMAL);
                on = marked[i];
            }
            out.append(shown.charAt(i));
        }
        return on ? out.append(ScreenFrame.NORMAL).toString() : out.toString();
    }

    private int textRows() {
        return screen.size().rows() - 1;
    }

    /** The top line that puts the file's last line on the last text row. */
    private int maxTop() {
        int columns = screen.size().columns();
        int left = textRows();
        int line = lines.size();
        while (line > 0) {
            int taken = ScreenFrame.rowsOf(shown(line - 1), columns);
            if (taken > left) {
                break;
            }
            left -= taken;
            line--;
        }
        return line;
    }

    /** The top line a screen back from the current one. */
    private int linesBack(int rows) {
        int columns = screen.size().columns();
        int line = top;
        int left = rows;
        while (line > 0) {
            int taken = ScreenFrame.rowsOf(shown(line - 1), columns);
            if (taken > left) {
                break;
            }
            left -= taken;
            line--;
        }
        return line;
    }

    private static int visibleLength(String prompt) {
        return prompt.replace(ScreenFrame.REVERSE, "").replace(ScreenFrame.NORMAL, "").length();
    }
}
