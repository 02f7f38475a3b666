package io.fpsh.lab;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lab file and the bases it names, the lab first, its base next, and so on ({@code base:} of a base). Found by
 * reading the {@code base:} line, not by parsing YAML, so a cached lab is checked against every file it was merged
 * from without loading the YAML parser. {@link LabLoader} checks after parsing that the line said what YAML reads.
 */
final class LabChain {
    /** Deeper than this is a mistake, not a design: a lab's story stays readable in a few files. */
    static final int MAX_DEPTH = 8;
    /** {@code base: VALUE}, on a line of its own at the top level, optionally quoted, with a comment after. */
    private static final Pattern BASE_LINE = Pattern.compile(
            "^base[ \\t]*:[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|([^#'\"\\s][^#]*?))?[ \\t]*(?:#.*)?$");

    private LabChain() {}

    /** What the {@code base:} line of {@code source} names and its line number (1-based); empty without one. */
    static Optional<BaseLine> baseLine(String source) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("base")) {
                Matcher m = BASE_LINE.matcher(lines.get(i));
                if (m.matches()) {
                    String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    return Optional.of(new BaseLine(value == null ? "" : value.strip(), i + 1));
                }
            }
        }
        return Optional.empty();
    }

    record BaseLine(String value, int line) {}

    /** The lab and its bases, each read once; an unknown base or a cycle is one line naming the file that wrote it. */
    static List<LabText> resolve(LabText lab, FileReader files) throws LabException {
        List<LabText> chain = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        LabText current = lab;
        seen.add(identity(current));
        chain.add(current);
        while (true) {
            Optional<BaseLine> base = baseLine(current.source());
            if (base.isEmpty()) {
                return chain;
            }
            String where = current.displayName() + ":" + base.get().line() + ": field 'base': ";
            String value = base.get().value();
            if (value.isEmpty()) {
                throw new LabException(where + "required (a shipped lab's name or a lab file's path)");
            }
            if (chain.size() > MAX_DEPTH) {
                throw new LabException(where + "more than " + MAX_DEPTH + " bases in a row");
            }
            LabText next = read(current, value, where, files);
            String id = identity(next);
            if (seen.contains(id)) {
                throw new LabException(where + "'" + value + "' leads back to a lab already in the chain ("
                        + String.join(" -> ", chain.stream().map(LabText::displayName).toList()) + " -> "
                        + next.displayName() + ")");
            }
            seen.add(id);
            chain.add(next);
            current = next;
        }
    }

    private static LabText read(LabText from, String value, String where, FileReader files) throws LabException {
        if (ShippedLabs.isName(value)) {
            try {
                Optional<byte[]> shipped = ShippedLabs.read(value, LabLoader.MAX_BYTES + 1);
                if (shipped.isPresent()) {
                    return new LabText(value + ".yaml", shipped.get(), null);
                }
            } catch (IOException e) {
                throw new LabException(where + "the shipped lab '" + value + "' cannot be read");
            }
            throw new LabException(where + "no shipped lab named '" + value
                    + "' (fpsh lab list shows them; a file's path ends in .yaml or holds a '/')");
        }
        if (from.directory() == null) {
            throw new LabException(where + "a shipped lab's base is another shipped lab, by name (got '" + value + "')");
        }
        Path file;
        try {
            file = from.directory().resolve(value);
        } catch (InvalidPathException e) {
            throw new LabException(where + "not a file name (got '" + value.replace("\0", "\\0") + "')");
        }
        try {
            return new LabText(file.toString(), files.read(file), parentOf(file));
        } catch (LabException e) {
            // the reader says what is wrong with the file; the error is the line that named it
            throw new LabException(where + e.getMessage());
        }
    }

    static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** The same file reached twice (by two spellings of its path) is the same lab: a cycle. */
    private static String identity(LabText text) {
        if (text.directory() == null) {
            return "shipped:" + text.displayName();
        }
        Path path = Path.of(text.displayName());
        try {
            return "file:" + path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return "file:" + path.toAbsolutePath().normalize();
        }
    }

    /** Reads a lab file from disk, as {@link LabLoader#load(Path)} does (regular files only, size-limited). */
    interface FileReader {
        byte[] read(Path file) throws LabException;
    }
}
