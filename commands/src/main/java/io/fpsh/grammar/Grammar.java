package io.fpsh.grammar;

import io.fpsh.device.Mode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FTD command tree, read from {@code ftd.grammar}: one root per mode. It knows nothing of the simulator,
 * so the SSH client uses it too (to expand abbreviations before sending them to a real device).
 */
public final class Grammar {
    private static final String RESOURCE = "ftd.grammar";
    private static volatile Grammar ftd;
    // The shipped grammar as each software version sees it (a handful of versions per run).
    private static final Map<String, Grammar> BY_VERSION = new java.util.concurrent.ConcurrentHashMap<>();
    // "7.4+ show ...": the line's command exists from that version on
    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)\\+ +(.*)");

    private final Map<Mode, GrammarNode> roots = new EnumMap<>(Mode.class);

    private Grammar() {}

    /** The grammar shipped with fpsh, read once. */
    public static Grammar ftd() {
        Grammar g = ftd;
        if (g == null) {
            synchronized (Grammar.class) {
                if (ftd == null) {
                    try (InputStream in = Grammar.class.getResourceAsStream(RESOURCE)) {
                        ftd = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                g = ftd;
            }
        }
        return g;
    }

    /**
     * The shipped grammar as a device of {@code version} (such as {@code 6.5.0}) has it: without the commands of
     * later versions. A null version (a real device whose version is not known) has every command of an FTD; a
     * management center's ({@link #fmcVersion}) has the FMC's clish instead of the FTD's.
     */
    public static Grammar ftd(String version) {
        if (version == null) {
            return ftd();
        }
        return BY_VERSION.computeIfAbsent(version, v -> {
            try (InputStream in = Grammar.class.getResourceAsStream(RESOURCE)) {
                return read(in, v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Reads a grammar in the format documented at the top of {@code ftd.grammar}. */
    public static Grammar read(InputStream in) throws IOException {
        return read(in, null);
    }

    /** The same, leaving out the lines of versions later than {@code version} (none when it is null). */
    public static Grammar read(InputStream in, String version) throws IOException {
        Grammar grammar = new Grammar();
        // a management center ("fmc 7.2.4"): its [fmc] section is its clish, the FTD's [clish] it has not
        boolean fmc = isFmc(version);
        if (fmc) {
            version = version.substring(FMC_PREFIX.length());
        }
        List<Mode> section = List.of(Mode.CLISH);
        boolean skipped = false;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                String name = text.substring(1, text.length() - 1);
                section = sectionMode(name, number);
                skipped = fmc ? name.equals("clish") : name.equals(FMC_SECTION);
                continue;
            }
            if (skipped) {
                continue;
            }
            java.util.regex.Matcher since = SINCE.matcher(text);
            if (since.matches()) {
                if (version != null && !atLeast(version, Integer.parseInt(since.group(1)), Integer.parseInt(since.group(2)))) {
                    continue;
                }
                text = since.group(3);
            }
            boolean complete = text.startsWith("* ");
            if (complete) {
                text = text.substring(2);
            }
            int separator = text.indexOf(" :: ");
            if (separator < 0) {
                throw new IOException(RESOURCE + ":" + number + ": missing ' :: help'");
            }
            for (Mode mode : section) {
                GrammarNode node = grammar.roots.computeIfAbsent(mode, m -> GrammarNode.root());
                for (String token : text.substring(0, separator).trim().split("\\s+")) {
                    node = node.child(token);
                }
                node.describe(text.substring(separator + 4).trim(), complete);
            }
        }
        return grammar;
    }

    // --- a management center (issue 11 §3) ---

    /** The section of the FMC's {@code >} commands, which replace the FTD's {@code [clish]} on a management center. */
    static final String FMC_SECTION = "fmc";
    /** How a management center's software version is told from an FTD's ({@code fmc 7.2.4}). */
    public static final String FMC_PREFIX = "fmc ";

    /** The version {@link #ftd(String)} takes for a management center of {@code version}. */
    public static String fmcVersion(String version) {
        return FMC_PREFIX + version;
    }

    static boolean isFmc(String version) {
        return version != null && version.startsWith(FMC_PREFIX);
    }

    /** Whether {@code version} (major.minor...) is {@code major.minor} or later; what does not read as one is not. */
    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("\\.");
        try {
            int have = Integer.parseInt(parts[0]) * 1000 + (parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
            return have >= major * 1000 + minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The trees a section's lines join: LINA's commands are in both its modes, enable's only in firepower#. */
    private static List<Mode> sectionMode(String name, int number) throws IOException {
        switch (name) {
            case "clish", FMC_SECTION: return List.of(Mode.CLISH);
            case "expert": return List.of(Mode.EXPERT);
            case "diagnostic": return List.of(Mode.DIAGNOSTIC, Mode.DIAGNOSTIC_ENABLE);
            case "diagnostic-enable": return List.of(Mode.DIAGNOSTIC_ENABLE);
            case "fxos": return List.of(Mode.FXOS);
            case "fxos-local-mgmt": return List.of(Mode.FXOS_LOCAL_MGMT);
            default: throw new IOException(RESOURCE + ":" + number + ": unknown section [" + name + "]");
        }
    }

    /** The root of a mode's tree; root mode shares the expert tree. */
    public GrammarNode root(Mode mode) {
        return roots.getOrDefault(mode == Mode.ROOT ? Mode.EXPERT : mode, GrammarNode.root());
    }

    private static boolean isLina(Mode mode) {
        return mode == Mode.DIAGNOSTIC || mode == Mode.DIAGNOSTIC_ENABLE;
    }

    /** The first mode, other than {@code except}, whose top-level commands include {@code word}. */
    public Optional<Mode> modeOfCommand(String word, Mode except) {
        for (Mode mode : List.of(Mode.CLISH, Mode.EXPERT, Mode.DIAGNOSTIC)) {
            if (mode == except || root(mode) == root(except) || isLina(mode) && isLina(except)) {
                continue;
            }
            for (GrammarNode child : root(mode).children()) {
                if (child.isKeyword() && child.keyword().equals(word)) {
                    return Optional.of(mode);
                }
            }
        }
        return Optional.empty();
    }
}
