package io.fpsh.lab;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed a lab's variables are drawn with ({@link LabVariables}): a whole number from 0 to {@link Long#MAX_VALUE},
 * given as {@code --seed N} or at the end of a lab target, {@code lab:NAME?seed=N}, so that every place a target is
 * named ({@code :target}, {@code fpsh serve --lab}, a recording's header) can carry it.
 */
public final class LabSeed {
    /** What ends a lab target that carries its seed. */
    public static final String SUFFIX = "?seed=";
    /** {@code fpsh lab test --seeds A..B} tries at most this many: an author's run, not a benchmark. */
    public static final int MAX_SEEDS = 1000;
    private static final Pattern RANGE = Pattern.compile("(\\d{1,19})\\.\\.(\\d{1,19})");

    private LabSeed() {}

    /** A lab named with its seed: {@code NAME|FILE} and the seed, none when the target carries no {@code ?seed=}. */
    public record Target(String lab, OptionalLong seed) {
        /** The target as written again: {@code lab?seed=N}, or the lab alone without a seed. */
        public String spec() {
            return seed.isPresent() ? lab + SUFFIX + Long.toUnsignedString(seed.getAsLong()) : lab;
        }
    }

    /** Reads {@code text} as a seed; a one-line error in the words of {@code what} ({@code --seed}) otherwise. */
    public static long parse(String what, String text) throws LabException {
        if (text != null && text.matches("\\d{1,19}")) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                // over Long.MAX_VALUE: the message below
            }
        }
        throw new LabException(what + ": not a whole number from 0 to " + Long.MAX_VALUE + " (got '"
                + shown(text) + "')");
    }

    /** Splits {@code lab?seed=N} into the lab and its seed; a lab without the suffix has none. */
    public static Target target(String spec) throws LabException {
        int at = spec.lastIndexOf(SUFFIX);
        if (at < 0) {
            return new Target(spec, OptionalLong.empty());
        }
        return new Target(spec.substring(0, at), OptionalLong.of(parse(SUFFIX, spec.substring(at + SUFFIX.length()))));
    }

    /** {@code spec} with {@code seed} added (replacing one it carried); a seed given twice must agree. */
    public static String withSeed(String spec, long seed) throws LabException {
        Target target = target(spec);
        if (target.seed().isPresent() && target.seed().getAsLong() != seed) {
            throw new LabException("two seeds given: " + target.seed().getAsLong() + " in the lab target and " + seed);
        }
        return new Target(target.lab(), OptionalLong.of(seed)).spec();
    }

    /** {@code A..B} (both included, A ≤ B, at most {@link #MAX_SEEDS}) or a single seed N, as {@code --seeds} takes. */
    public static long[] range(String what, String text) throws LabException {
        Matcher m = text == null ? null : RANGE.matcher(text);
        if (m == null || !m.matches()) {
            return new long[] {parse(what, text)};
        }
        long from = parse(what, m.group(1));
        long to = parse(what, m.group(2));
        if (from > to) {
            throw new LabException(what + ": the range runs backwards (got '" + text + "': write " + to + ".." + from + ")");
        }
        if (to - from >= MAX_SEEDS) {
            throw new LabException(what + ": at most " + MAX_SEEDS + " seeds at a time (got '" + text + "')");
        }
        long[] seeds = new long[(int) (to - from + 1)];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = from + i;
        }
        return seeds;
    }

    /** A typed value shown in an error: printable, short (it may be anything pasted). */
    private static String shown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> out.append(c < 0x20 || c == 0x7f ? "?" : Character.toString(c)));
        return text.length() > 40 ? out + "..." : out.toString();
    }
}
