package io.fpsh.playbook.report;

import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.EventPath;
import io.fpsh.playbook.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event path as the terminal shows it after xdr-health: a chain of boxes, FTD EventHandler to XDR, each with its
 * hop's verdict, the first broken hop drawn heavier and pointed at, wrapped to fit the terminal's width; then the
 * findings of each hop. Unicode box drawing where the locale can show it, plain ASCII otherwise.
 */
public final class EventPathPicture {
    /** The playbook whose report ends with the picture. */
    public static final String PLAYBOOK = "xdr-health";
    /** The width the picture fits in: a terminal's default. */
    public static final int WIDTH = 80;

    private final Glyphs glyphs;
    private final int width;

    private EventPathPicture(Glyphs glyphs, int width) {
        this.glyphs = glyphs;
        this.width = width;
    }

    /**
     * What the terminal report prints after {@code run}: the picture when the run is xdr-health's, in this process's
     * locale and 80 columns; empty for any other playbook.
     */
    public static Optional<String> forTerminal(DeviceRun run) {
        if (!PLAYBOOK.equals(run.playbook())) {
            return Optional.empty();
        }
        return Optional.of(render(EventPath.of(run), LocaleCharset.unicode(), WIDTH));
    }

    /** The picture of {@code path} in Unicode or ASCII, no line wider than {@code width} (at least 30) columns. */
    public static String render(EventPath path, boolean unicode, int width) {
        return new EventPathPicture(unicode ? Glyphs.UNICODE : Glyphs.ASCII, Math.max(30, width)).render(path);
    }

    private String render(EventPath path) {
        List<Box> boxes = path.hops().stream().map(this::box).toList();
        StringBuilder out = new StringBuilder("Event path:\n");
        List<List<Box>> rows = rows(boxes);
        for (int r = 0; r < rows.size(); r++) {
            drawRow(out, rows.get(r), r > 0, r < rows.size() - 1);
        }
        for (EventPath.HopState hop : path.hops()) {
            if (!hop.findings().isEmpty()) {
                appendWrapped(out, hop);
            }
        }
        if (path.firstBroken().isEmpty() && path.hops().stream().filter(EventPath.HopState::checked)
                .allMatch(h -> h.verdict().letsDependentsRun() || h.verdict() == Verdict.SKIP)) {
            out.append(path.hops().stream().anyMatch(EventPath.HopState::checked)
                    ? "No hop is broken.\n" : "No step of this run checks a hop of the event path.\n");
        }
        return out.toString();
    }

    /** "DNS: ID, ID (first broken hop)", wrapped between ids to the width, the lines after the first indented. */
    private void appendWrapped(StringBuilder out, EventPath.HopState hop) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < hop.findings().size(); i++) {
            words.add(hop.findings().get(i) + (i < hop.findings().size() - 1 ? "," : ""));
        }
        if (hop.firstBroken()) {
            words.add("(first broken hop)");
        }
        StringBuilder line = new StringBuilder(hop.hop().label()).append(':');
        for (String word : words) {
            if (line.length() + 1 + word.length() > width && !line.toString().isBlank()) {
                out.append(line).append('\n');
                line = new StringBuilder("   ");
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }

    /** One hop's box: its label over its verdict; {@code inner} is the width between the side lines. */
    private record Box(String label, String status, boolean heavy, int inner) {
        int width() {
            return inner + 2;
        }
    }

    private Box box(EventPath.HopState hop) {
        String status = glyphs.symbol(hop.verdict()) + " " + (hop.checked() ? hop.verdict().name() : "not checked");
        int inner = Math.max(hop.hop().label().length(), status.length()) + 2;
        return new Box(hop.hop().label(), status, hop.firstBroken(), inner);
    }

    /** The boxes cut into rows that fit: a row after the first starts with an arrow, one before the last ends with one. */
    private List<List<Box>> rows(List<Box> boxes) {
        int arrow = glyphs.arrow.length();
        List<List<Box>> rows = new ArrayList<>();
        List<Box> row = new ArrayList<>();
        int used = 0; // the row's width so far, without the arrow it ends with if the chain goes on
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            int trailing = i == boxes.size() - 1 ? 0 : arrow;
            int before = row.isEmpty() && rows.isEmpty() ? 0 : arrow;
            if (!row.isEmpty() && used + before + box.width() + trailing > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += arrow * (row.isEmpty() && rows.isEmpty() ? 0 : 1) + box.width();
            row.add(box);
        }
        rows.add(row);
        return rows;
    }

    private void drawRow(StringBuilder out, List<Box> row, boolean continued, boolean continues) {
        String gap = " ".repeat(glyphs.arrow.length());
        StringBuilder top = new StringBuilder(continued ? gap : "");
        StringBuilder label = new StringBuilder(continued ? glyphs.arrow : "");
        StringBuilder status = new StringBuilder(continued ? gap : "");
        StringBuilder bottom = new StringBuilder(continued ? gap : "");
        int brokenAt = -1;
        for (int i = 0; i < row.size(); i++) {
            Box box = row.get(i);
            if (i > 0) {
                top.append(gap);
                label.append(glyphs.arrow);
                status.append(gap);
                bottom.append(gap);
            }
            if (box.heavy()) {
                brokenAt = top.length();
            }
            Lines lines = box.heavy() ? glyphs.heavy : glyphs.light;
            top.append(lines.topLeft).append(lines.horizontal.repeat(box.inner())).append(lines.topRight);
            label.append(lines.vertical).append(padded(box.label(), box.inner())).append(lines.vertical);
            status.append(lines.vertical).append(padded(box.status(), box.inner())).append(lines.vertical);
            bottom.append(lines.bottomLeft).append(lines.horizontal.repeat(box.inner())).append(lines.bottomRight);
        }
        if (continues) {
            label.append(glyphs.arrow);
        }
        for (StringBuilder line : List.of(top, label, status, bottom)) {
            out.append(line).append('\n');
        }
        if (brokenAt >= 0) {
            String marker = glyphs.pointer + " first broken hop";
            int at = Math.max(0, Math.min(brokenAt + 1, width - marker.length()));
            out.append(" ".repeat(at)).append(marker).append('\n');
        }
    }

    private static String padded(String text, int inner) {
        return " " + text + " ".repeat(inner - 1 - text.length());
    }

    /** The lines of a box. */
    private record Lines(String topLeft, String topRight, String bottomLeft, String bottomRight, String horizontal,
                         String vertical) {}

    /** What the picture is drawn with: box lines light and heavy, the arrow between hops, the verdicts' symbols. */
    private record Glyphs(Lines light, Lines heavy, String arrow, String pointer, String pass, String warn, String fail,
                          String notRun, String unknown, String unchecked) {
        static final Glyphs UNICODE = new Glyphs(new Lines("┌", "┐", "└", "┘", "─", "│"),
                new Lines("┏", "┓", "┗", "┛", "━", "┃"), "──▶", "▲", "✓", "!", "✗", "–", "?", "·");
        static final Glyphs ASCII = new Glyphs(new Lines("+", "+", "+", "+", "-", "|"),
                new Lines("#", "#", "#", "#", "=", "#"), "-->", "^", "+", "!", "x", "-", "?", ".");

        String symbol(Verdict verdict) {
            if (verdict == null) {
                return unchecked;
            }
            return switch (verdict) {
                case PASS -> pass;
                case WARN -> warn;
                case FAIL -> fail;
                case BLOCKED, SKIP -> notRun;
                case ERROR, TIMEOUT, UNREACHABLE -> unknown;
            };
        }
    }
}
