package io.fpsh.sim.expert;

import io.fpsh.device.RawScreen;
import io.fpsh.device.ScreenKey;
import io.fpsh.device.ScreenSize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * vi's keys on a terminal, enough to read and edit a file: normal mode (h j k l and the arrows, 0 $ ^, w b e W B E,
 * gg G with a count, PageUp/PageDown, x, dd D, yy Y, p P, d and y with w e b $ 0, u, n N, ZZ), insert mode (i a A I o O, Enter, Backspace, Esc) and the
 * command line ({@code :w}, {@code :q}, {@code :wq}, {@code :x}, {@code :q!}, {@code :w!}, {@code :w FILE},
 * {@code :N}, {@code /re}, {@code ?re}). The screen is vim's with defaults.vim: {@code ~} past the end, the message
 * or {@code -- INSERT --} at the bottom left, the ruler ({@code 1,1  All}) 18 columns from the right.
 */
final class ViEditor {
    private static final String TILDE = "\u001b[1m\u001b[34m~\u001b[m";
    private static final String BOLD = "\u001b[1m";

    private enum Mode { NORMAL, INSERT }

    private final RawScreen screen;
    private final CommandCall call;
    private final Cancellation cancellation;
    private final ViBuffer buffer;
    private final ViFile file;
    private Mode mode = Mode.NORMAL;
    private String message;
    private int top;
    private Pattern search;
    private String searchText;
    private boolean searchForward = true;
    private ViRegister register = ViRegister.EMPTY;
    private boolean done;

    ViEditor(RawScreen screen, CommandCall call, ViFile file) {
        this.screen = screen;
        this.call = call;
        this.cancellation = call.cancellation();
        this.file = file;
        this.buffer = new ViBuffer(file.lines);
        this.message = file.openMessage;
    }

    /** {@code vi +N FILE}: the cursor starts on line N (the last line for a bare {@code +}); 0 leaves it on the first. */
    ViEditor startingAt(int line) {
        if (line > 0) {
            goToLine(Math.min(line, buffer.size()));
        }
        return this;
    }

    /** Edits until :q, :wq, ZZ or the session's end. */
    void run() throws InterruptedException {
        StringBuilder count = new StringBuilder();
        while (!done) {
            draw(mode == Mode.INSERT && message == null ? BOLD + "-- INSERT --" + ScreenFrame.NORMAL : message, -1);
            ScreenKey key = nextKey();
            if (key == null) {
                return;
            }
            if (mode == Mode.INSERT) {
                insertKey(key);
                continue;
            }
            if (key.kind() == ScreenKey.Kind.CHARACTER && Character.isDigit(key.codePoint())
                    && (key.codePoint() != '0' || !count.isEmpty())) {
                count.appendCodePoint(key.codePoint());
                continue;
            }
            int times = count.isEmpty() ? 1 : Integer.parseInt(count.toString());
            boolean counted = !count.isEmpty();
            count.setLength(0);
            String previous = message;
            int topBefore = top;
            int sizeBefore = buffer.size();
            message = null;
            normalKey(key, times, counted);
            keepMessage(previous, topBefore, sizeBefore);
        }
    }

    /**
     * vim leaves a message on the bottom line while the keys after it move about or change text within lines, until a
     * new message, a mode shown there, or a redraw that shifts the window's lines (a scroll, lines put or deleted)
     * takes its place (as vim 9.0 does here: {@code gg x p} keeps {@code 3 more lines}, {@code yy p} clears it).
     */
    private void keepMessage(String previous, int topBefore, int sizeBefore) {
        ScreenSize size = screen.size();
        scrollToCursor(size.rows() - 1, size.columns());
        if (message == null && mode == Mode.NORMAL && top == topBefore && buffer.size() == sizeBefore) {
            message = previous;
        }
    }

    private ScreenKey nextKey() throws InterruptedException {
        return ScreenKeys.next(screen, cancellation);
    }

    private void normalKey(ScreenKey key, int times, boolean counted) throws InterruptedException {
        int rows = screen.size().rows() - 1;
        switch (key.kind()) {
            case LEFT, BACKSPACE -> moveColumn(-times);
            case RIGHT -> moveColumn(times);
            case UP -> moveRow(-times);
            case DOWN -> moveRow(times);
            case ENTER -> { moveRow(times); buffer.column = buffer.firstNonBlank(); }
            case HOME -> buffer.column = 0;
            case END -> buffer.column = Integer.MAX_VALUE;
            case PAGE_DOWN -> moveRow(rows - 2);
            case PAGE_UP -> moveRow(-(rows - 2));
            case DELETE -> deleteCharacters(times);
            case INTERRUPT -> message = buffer.modified()
                    ? "Type  :qa!  and press <Enter> to abandon all changes and exit Vim"
                    : "Type  :qa  and press <Enter> to exit Vim";
            case CONTROL -> {
                if (key.isControl('F')) {
                    moveRow(rows - 2);
                } else if (key.isControl('B')) {
                    moveRow(-(rows - 2));
                } else if (key.isControl('N')) {
                    moveRow(times);
                } else if (key.isControl('P')) {
                    moveRow(-times);
                }
            }
            case CHARACTER -> character(key.codePoint(), times, counted);
            default -> { }
        }
        if (mode == Mode.NORMAL) {
            buffer.clampColumn(false); // an insert begun by this key keeps its place past the line's end
        }
    }

    private void character(int c, int times, boolean counted) throws InterruptedException {
        switch (c) {
            case 'h' -> moveColumn(-times);
            case 'l', ' ' -> moveColumn(times);
            case 'j' -> moveRow(times);
            case 'k' -> moveRow(-times);
            case '+' -> { moveRow(times); buffer.column = buffer.firstNonBlank(); }
            case '-' -> { moveRow(-times); buffer.column = buffer.firstNonBlank(); }
            case '0' -> buffer.column = 0;
            case '^' -> buffer.column = buffer.firstNonBlank();
            case '$' -> buffer.column = Integer.MAX_VALUE;
            case 'G' -> goToLine(counted ? times : buffer.size());
            case 'g' -> {
                ScreenKey second = nextKey();
                if (second != null && second.is('g')) {
                    goToLine(counted ? times : 1);
                }
            }
            case 'w', 'W' -> moveTo(ViWords.forward(buffer.lines(), buffer.row, buffer.column, times, c == 'W'));
            case 'b', 'B' -> moveTo(ViWords.backward(buffer.lines(), buffer.row, buffer.column, times, c == 'B'));
            case 'e', 'E' -> moveTo(ViWords.end(buffer.lines(), buffer.row, buffer.column, times, c == 'E'));
            case 'x' -> deleteCharacters(times);
            case 'D' -> deleteToLineEnd();
            case 'd', 'y' -> operator(c, times);
            case 'Y' -> yankLines(times);
            case 'p', 'P' -> put(times, c == 'p');
            case 'i' -> startInsert(buffer.column);
            case 'a' -> startInsert(buffer.current().isEmpty() ? 0 : buffer.column + 1);
            case 'A' -> startInsert(buffer.current().length());
            case 'I' -> startInsert(buffer.firstNonBlank());
            case 'o', 'O' -> {
                buffer.beginChange();
                int at = c == 'o' ? buffer.row + 1 : buffer.row;
                buffer.insertLine(at, "");
                buffer.row = at;
                buffer.column = 0;
                mode = Mode.INSERT;
            }
            case 'u' -> {
                String undone = buffer.undo(times);
                message = undone == null ? "Already at oldest change" : undone;
            }
            case ':' -> {
                // the command line replaces what was there, and stays when the command says nothing (:5)
                java.util.Optional<String> typed = commandLine(':');
                typed.ifPresent(this::exCommand);
                if (message == null) {
                    message = typed.map(command -> ":" + command).orElse("");
                }
            }
            case '/', '?' -> {
                java.util.Optional<String> typed = commandLine((char) c);
                typed.ifPresent(text -> newSearch(text, c == '/'));
                if (message == null) {
                    message = "";
                }
            }
            case 'n' -> repeatSearch(searchForward);
            case 'N' -> repeatSearch(!searchForward);
            case 'Z' -> {
                ScreenKey second = nextKey();
                if (second != null && second.is('Z')) {
                    exCommand("x");
                }
            }
            default -> { }
        }
    }

    private void startInsert(int column) {
        buffer.beginChange();
        buffer.column = column;
        buffer.clampColumn(true);
        mode = Mode.INSERT;
    }

    private void insertKey(ScreenKey key) {
        message = null;
        String line = buffer.current();
        int at = Math.min(buffer.column, line.length());
        switch (key.kind()) {
            case CHARACTER -> {
                String typed = new String(Character.toChars(key.codePoint()));
                buffer.setLine(buffer.row, line.substring(0, at) + typed + line.substring(at));
                buffer.column = at + typed.length();
            }
            case TAB -> {
                buffer.setLine(buffer.row, line.substring(0, at) + "\t" + line.substring(at));
                buffer.column = at + 1;
            }
            case ENTER -> {
                buffer.setLine(buffer.row, line.substring(0, at));
                buffer.insertLine(buffer.row + 1, line.substring(at));
                buffer.row++;
                buffer.column = 0;
            }
            case BACKSPACE -> {
                // defaults.vim's backspace=indent,eol,start: it joins lines and erases what was there before
                if (at > 0) {
                    buffer.setLine(buffer.row, line.substring(0, at - 1) + line.substring(at));
                    buffer.column = at - 1;
                } else if (buffer.row > 0) {
                    String previous = buffer.line(buffer.row - 1);
                    buffer.setLine(buffer.row - 1, previous + line);
                    buffer.deleteLines(buffer.row, 1);
                    buffer.row--;
                    buffer.column = previous.length();
                }
            }
            case DELETE -> {
                if (at < line.length()) {
                    buffer.setLine(buffer.row, line.substring(0, at) + line.substring(at + 1));
                }
            }
            case LEFT -> buffer.column = Math.max(0, at - 1);
            case RIGHT -> buffer.column = Math.min(line.length(), at + 1);
            case UP -> { moveRow(-1); buffer.clampColumn(true); }
            case DOWN -> { moveRow(1); buffer.clampColumn(true); }
            case HOME -> buffer.column = 0;
            case END -> buffer.column = line.length();
            case ESCAPE, INTERRUPT -> {
                mode = Mode.NORMAL;
                buffer.column = at - 1; // Esc leaves the cursor on the last character typed
                buffer.clampColumn(false);
            }
            default -> { }
        }
    }

    /** Reads a command line after {@code :} or {@code /}; empty when given up (Esc, Ctrl-C, erased). */
    private java.util.Optional<String> commandLine(char prompt) throws InterruptedException {
        StringBuilder typed = new StringBuilder();
        while (true) {
            draw(prompt + typed.toString(), typed.length() + 1);
            ScreenKey key = nextKey();
            if (key == null) {
                done = true;
                return java.util.Optional.empty();
            }
            switch (key.kind()) {
                case CHARACTER -> typed.appendCodePoint(key.codePoint());
                case TAB -> typed.append('\t');
                case BACKSPACE -> {
                    if (typed.isEmpty()) {
                        return java.util.Optional.empty();
                    }
                    typed.setLength(typed.length() - 1);
                }
                case ESCAPE, INTERRUPT -> {
                    return java.util.Optional.empty();
                }
                case ENTER -> {
                    return java.util.Optional.of(typed.toString());
                }
                default -> { }
            }
        }
    }

    /** The ex commands vi users reach for; vim's messages when they are refused. */
    private void exCommand(String typed) {
        String command = typed.strip();
        if (command.isEmpty()) {
            return;
        }
        if (command.chars().allMatch(Character::isDigit)) {
            goToLine(Integer.parseInt(command));
            return;
        }
        boolean force = command.endsWith("!") || command.matches("\\w+! .*");
        String[] words = command.split("\\s+", 2);
        String verb = words[0].replace("!", "");
        String target = words.length > 1 ? words[1].strip() : null;
        switch (verb) {
            case "q", "quit" -> quit(force);
            case "w", "write" -> write(force, target, false);
            case "wq", "x", "xit", "exit" -> {
                boolean mustWrite = verb.equals("wq") || buffer.modified();
                if (!mustWrite || write(force, target, true)) {
                    done = true;
                }
            }
            default -> message = "E492: Not an editor command: " + command;
        }
    }

    private void quit(boolean force) {
        if (buffer.modified() && !force) {
            message = "E37: No write since last change (add ! to override)";
            return;
        }
        done = true;
    }

    /** True when written. */
    private boolean write(boolean force, String target, boolean quitting) {
        if (target != null) {
            message = ViFile.open(call, target).write(buffer.lines());
            return message.endsWith("written");
        }
        if (file.name == null) {
            message = "E32: No file name";
            return false;
        }
        if (file.readonly && !force) {
            message = quitting ? "E505: \"" + file.name + "\" is read-only (add ! to override)"
                    : "E45: 'readonly' option is set (add ! to override)";
            return false;
        }
        message = file.write(buffer.lines());
        if (!message.endsWith("written")) {
            return false;
        }
        buffer.markWritten();
        return true;
    }

    private void newSearch(String text, boolean forward) {
        searchForward = forward;
        if (!text.isEmpty()) {
            try {
                search = Pattern.compile(PosixRegex.toJava(text, false));
                searchText = text;
            } catch (PosixRegex.InvalidPattern | PatternSyntaxException e) {
                message = "E486: Pattern not found: " + text; // [UNVERIFIED: vim names the regex error]
                return;
            }
        }
        repeatSearch(forward);
        if (message == null && searchText != null) {
            message = (forward ? "/" : "?") + searchText;
        }
    }

    /** The next match after (or before) the cursor, wrapping round the file with vim's warning. */
    private void repeatSearch(boolean forward) {
        if (search == null) {
            message = "E35: No previous regular expression";
            return;
        }
        int lines = buffer.size();
        for (int step = 0; step <= lines; step++) {
            int row = Math.floorMod(buffer.row + (forward ? step : -step), lines);
            String line = buffer.line(row);
            int found = forward ? firstMatch(line, step == 0 ? buffer.column + 1 : 0)
                    : lastMatch(line, step == 0 ? buffer.column : Integer.MAX_VALUE);
            if (found >= 0) {
                boolean wrapped = forward ? row < buffer.row || (row == buffer.row && step > 0)
                        : row > buffer.row || (row == buffer.row && step > 0);
                buffer.row = row;
                buffer.column = found;
                message = wrapped ? (forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM")
                        : (forward ? "/" : "?") + searchText;
                return;
            }
        }
        message = "E486: Pattern not found: " + searchText;
    }

    private int firstMatch(String line, int from) {
        if (from > line.length()) {
            return -1;
        }
        Matcher m = search.matcher(line);
        return m.find(from) ? m.start() : -1;
    }

    private int lastMatch(String line, int before) {
        Matcher m = search.matcher(line);
        int last = -1;
        int from = 0;
        while (from <= line.length() && m.find(from) && m.start() < before) {
            last = m.start();
            from = m.start() + 1;
        }
        return last;
    }

    private void deleteCharacters(int times) {
        String line = buffer.current();
        if (line.isEmpty()) {
            return;
        }
        int at = Math.min(buffer.column, line.length() - 1);
        deleteSpan(at, Math.min(line.length(), at + times));
    }

    /** Takes characters {@code from} to {@code to} (exclusive) of the cursor's line into the register. */
    private void deleteSpan(int from, int to) {
        String line = buffer.current();
        if (from >= to) {
            return;
        }
        buffer.beginChange();
        register = ViRegister.characters(line.substring(from, to));
        buffer.setLine(buffer.row, line.substring(0, from) + line.substring(to));
        buffer.column = from;
    }

    private void deleteToLineEnd() {
        String line = buffer.current();
        deleteSpan(Math.min(buffer.column, line.length()), line.length());
    }

    /**
     * {@code d} or {@code y} and the key after it: the same letter again takes whole lines ({@code dd}, {@code yy});
     * {@code w e b $ 0} take characters of the cursor's line. [fpsh: a motion that would leave the line stops at its
     * end or start; vim's operators on other motions are not simulated]
     */
    private void operator(int verb, int times) throws InterruptedException {
        ScreenKey second = nextKey();
        if (second == null || second.kind() != ScreenKey.Kind.CHARACTER) {
            return;
        }
        int motion = second.codePoint();
        if (motion == verb) {
            if (verb == 'd') {
                deleteLines(times);
            } else {
                yankLines(times);
            }
            return;
        }
        String line = buffer.current();
        int from = Math.min(buffer.column, line.length());
        int to;
        switch (motion) {
            // with an operator, w stops at the end of the line its last word is on, as vim's does
            case 'w', 'W' -> to = spanEnd(ViWords.forward(buffer.lines(), buffer.row, from, times, motion == 'W'), false);
            case 'e', 'E' -> to = spanEnd(ViWords.end(buffer.lines(), buffer.row, from, times, motion == 'E'), true);
            case '$' -> to = line.length();
            case 'b', 'B' -> {
                ViWords.Position back = ViWords.backward(buffer.lines(), buffer.row, from, times, motion == 'B');
                to = from;
                from = back.row() == buffer.row ? back.column() : 0;
            }
            case '0' -> {
                to = from;
                from = 0;
            }
            default -> {
                return;
            }
        }
        if (verb == 'd') {
            deleteSpan(from, to);
        } else if (from < to) {
            register = ViRegister.characters(line.substring(from, to));
            buffer.column = from;
        }
    }

    /** Where a forward motion's span ends on the cursor's line: after the target when inclusive ({@code e}). */
    private int spanEnd(ViWords.Position target, boolean inclusive) {
        int length = buffer.current().length();
        if (target.row() != buffer.row) {
            return length;
        }
        return Math.min(length, target.column() + (inclusive ? 1 : 0));
    }

    private void deleteLines(int times) {
        buffer.beginChange();
        int deleted = Math.min(times, buffer.size() - buffer.row);
        register = ViRegister.lines(buffer.lines().subList(buffer.row, buffer.row + deleted));
        buffer.deleteLines(buffer.row, times);
        buffer.column = buffer.firstNonBlank();
        if (deleted >= 3) {
            message = deleted + " fewer lines"; // vim reports from 3 lines ('report' option)
        }
    }

    private void yankLines(int times) {
        int yanked = Math.min(times, buffer.size() - buffer.row);
        register = ViRegister.lines(buffer.lines().subList(buffer.row, buffer.row + yanked));
        if (yanked >= 3) {
            message = yanked + " lines yanked";
        }
    }

    private void put(int times, boolean after) {
        if (register.isEmpty()) {
            message = "E353: Nothing in register \"";
            return;
        }
        buffer.beginChange();
        message = register.put(buffer, times, after);
    }

    /** Where a word motion stopped; a stop at the line's end is put back on its last character after the key. */
    private void moveTo(ViWords.Position position) {
        buffer.row = position.row();
        buffer.column = position.column();
    }

    private void moveColumn(int by) {
        buffer.column = Math.max(0, Math.min(buffer.current().length() - 1, buffer.column + by));
    }

    private void moveRow(int by) {
        buffer.row = Math.max(0, Math.min(buffer.size() - 1, buffer.row + by));
    }

    private void goToLine(int number) {
        buffer.row = Math.max(0, Math.min(buffer.size() - 1, number - 1));
        buffer.column = buffer.firstNonBlank();
    }

    /**
     * Draws the text from the top line (scrolled so the cursor's line shows), {@code ~} past the end, and the bottom
     * line: {@code bottom} (a message, or the command line with the cursor at {@code commandColumn}) and the ruler.
     */
    private void draw(String bottom, int commandColumn) {
        ScreenSize size = screen.size();
        int rows = size.rows() - 1;
        int columns = size.columns();
        scrollToCursor(rows, columns);
        ScreenFrame frame = new ScreenFrame();
        int row = 0;
        int line = top;
        int cursorRow = 0;
        int cursorColumn = 0;
        while (row < rows && line < buffer.size()) {
            String shown = ScreenFrame.displayed(buffer.line(line));
            int taken = ScreenFrame.rowsOf(shown, columns);
            if (row + taken > rows && line > top) {
                break; // a line that does not fit shows as @ rows, as vim shows it
            }
            if (line == buffer.row) {
                int column = ScreenFrame.column(buffer.line(line), buffer.column);
                if (mode == Mode.NORMAL && buffer.column < buffer.line(line).length()
                        && buffer.line(line).charAt(buffer.column) == '\t') {
                    column = ScreenFrame.column(buffer.line(line), buffer.column + 1) - 1; // vim rests on a tab's end
                }
                cursorRow = row + column / columns;
                cursorColumn = column % columns;
            }
            for (int part = 0; part < taken && row < rows; part++) {
                frame.row(row++, shown.substring(part * columns, Math.min(shown.length(), (part + 1) * columns)));
            }
            line++;
        }
        boolean lastShown = line >= buffer.size();
        while (row < rows) {
            frame.row(row++, lastShown ? TILDE : BOLD + "\u001b[34m@" + ScreenFrame.NORMAL);
        }
        int rulerColumn = Math.max(0, columns - 18);
        // vim cuts these two in their middle to keep the ruler; its error messages it shows whole
        boolean mayBeCut = bottom != null && (bottom.startsWith("Type  :qa") || bottom.equals(file.openMessage));
        frame.row(rows, bottom == null ? "" : mayBeCut ? truncated(bottom, rulerColumn - 11) : bottom);
        if (commandColumn < 0) { // vim shows no ruler while a command line is typed
            frame.at(rows, rulerColumn, String.format("%-14s%s", position(), where(buffer.size() - line)));
        }
        screen.write(commandColumn >= 0 ? frame.cursorAt(rows, Math.min(columns - 1, commandColumn))
                : frame.cursorAt(Math.min(cursorRow, rows - 1), cursorColumn));
    }

    /**
     * A message too long for the room left of showcmd's and the ruler's columns, cut in its middle as vim cuts it:
     * {@code Type  :qa!  and press <E...all changes and exit Vim} on 80 columns.
     */
    private static String truncated(String message, int room) {
        if (visibleLength(message) <= room || message.length() != visibleLength(message) || room < 5) {
            return message;
        }
        int head = (room - 3) / 2;
        return message.substring(0, head) + "..." + message.substring(message.length() - (room - 3 - head));
    }

    private static int visibleLength(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "").length();
    }

    private void scrollToCursor(int rows, int columns) {
        if (buffer.row < top) {
            top = buffer.row;
        }
        while (top < buffer.row) {
            int used = 0;
            for (int line = top; line <= buffer.row; line++) {
                used += ScreenFrame.rowsOf(ScreenFrame.displayed(buffer.line(line)), columns);
            }
            if (used <= rows) {
                break;
            }
            top++;
        }
    }

    /** The ruler's position: line, then column ({@code 0-1} on an empty line, {@code 1-9} after a tab). */
    private String position() {
        String line = buffer.current();
        if (line.isEmpty()) {
            return (buffer.row + 1) + ",0-1";
        }
        int index = Math.min(buffer.column, line.length() - (mode == Mode.INSERT ? 0 : 1));
        int bytes = line.substring(0, index).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        int screenColumn = ScreenFrame.column(line, index) + 1;
        if (mode == Mode.NORMAL && index < line.length() && line.charAt(index) == '\t') {
            screenColumn = ScreenFrame.column(line, index + 1);
        }
        return (buffer.row + 1) + "," + bytes + (bytes == screenColumn ? "" : "-" + screenColumn);
    }

    /** All, Top, Bot, or how much of the file is above the screen, from the lines above it and below it. */
    private String where(int below) {
        if (top == 0) {
            return below <= 0 ? "All" : "Top";
        }
        return below <= 0 ? "Bot" : String.format("%2d%%", top * 100 / (top + below));
    }
}
