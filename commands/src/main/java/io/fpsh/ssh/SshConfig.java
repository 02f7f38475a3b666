package io.fpsh.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of an OpenSSH client config ({@code ~/.ssh/config}, {@code ssh -F}) fpsh uses: for one host, the values of
 * the keywords that apply to it, read as ssh reads them: {@code Host} patterns ({@code * ?} and {@code !} negation)
 * are matched against the name typed, the first value found wins for each keyword, IdentityFile values add up, and
 * {@code Include} is followed. {@code Match} blocks are not evaluated: their lines are skipped (MINA SSHD's reader
 * would refuse the whole file, and real configs have them).
 */
public final class SshConfig {
    /** Keywords that may be given several times, every value counting. */
    private static final List<String> REPEATED = List.of("identityfile");
    private static final int MAX_INCLUDE_DEPTH = 16;

    private final Map<String, List<String>> values;

    private SshConfig(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The settings for {@code host} (as typed, before any HostName); an absent file gives none. */
    public static SshConfig forHost(Path file, String host) throws IOException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        if (Files.exists(file)) {
            read(file, host, found, file.toAbsolutePath().getParent(), 0);
        }
        return new SshConfig(found);
    }

    /** The first value of {@code keyword} (case-insensitive), or null when no block that applies sets it. */
    public String value(String keyword) {
        List<String> all = values.get(keyword.toLowerCase(Locale.ROOT));
        return all == null ? null : all.get(0);
    }

    /** Every value of a repeatable keyword, in the order read. */
    public List<String> values(String keyword) {
        return values.getOrDefault(keyword.toLowerCase(Locale.ROOT), List.of());
    }

    private static void read(Path file, String host, Map<String, List<String>> found, Path sshDirectory, int depth)
            throws IOException {
        // Lines before the first Host apply to every host; so does each file an Include reads, until its own Host.
        boolean applies = true;
        int number = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            List<String> words = words(raw);
            if (words.isEmpty()) {
                continue;
            }
            String keyword = words.get(0).toLowerCase(Locale.ROOT);
            List<String> arguments = words.subList(1, words.size());
            switch (keyword) {
                case "host":
                    applies = matches(host, arguments);
                    break;
                case "match":
                    applies = false;
                    break;
                case "include":
                    if (applies) {
                        if (depth >= MAX_INCLUDE_DEPTH) {
                            throw new IOException(file + " line " + number + ": Include nested too deeply");
                        }
                        for (String pattern : arguments) {
                            for (Path included : expandInclude(pattern, sshDirectory)) {
                                read(included, host, found, sshDirectory, depth + 1);
                            }
                        }
                    }
                    break;
                default:
                    if (applies && !arguments.isEmpty()) {
                        if (REPEATED.contains(keyword)) {
                            found.computeIfAbsent(keyword, k -> new ArrayList<>()).addAll(arguments);
                        } else {
                            found.putIfAbsent(keyword, List.of(String.join(" ", arguments)));
                        }
                    }
            }
        }
    }

    /** One {@code Host} line: some positive pattern matches and no negated one does. */
    static boolean matches(String host, List<String> patterns) {
        boolean matched = false;
        for (String pattern : patterns) {
            boolean negated = pattern.startsWith("!");
            String glob = negated ? pattern.substring(1) : pattern;
            if (globMatches(glob, host)) {
                if (negated) {
                    return false;
                }
                matched = true;
            }
        }
        return matched;
    }

    private static boolean globMatches(String glob, String host) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return host.toLowerCase(Locale.ROOT).matches(regex.toString());
    }

    /** Include's files: relative paths are in ~/.ssh (the config's folder for -F files), globs allowed. */
    private static List<Path> expandInclude(String pattern, Path sshDirectory) throws IOException {
        Path path = Path.of(expandHome(pattern));
        if (!path.isAbsolute()) {
            path = sshDirectory.resolve(path);
        }
        Path folder = path.getParent();
        String name = path.getFileName().toString();
        if (!name.contains("*") && !name.contains("?")) {
            return Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        List<Path> files = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, name)) {
                listing.forEach(files::add);
            }
        }
        files.removeIf(file -> !Files.isRegularFile(file));
        files.sort(null);
        return files;
    }

    /** {@code ~} and {@code ~/...} as the user's home, as ssh expands file names. */
    public static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }

    /**
     * A config line's words: {@code Keyword value}, {@code Keyword=value}, double quotes keep blanks, {@code #}
     * starts a comment.
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        boolean equalsSeen = false;
        String text = line.strip();
        if (text.startsWith("#")) {
            return words;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (!quoted && (Character.isWhitespace(c) || separatingEquals(c, words, inWord, equalsSeen))) {
                equalsSeen |= c == '=';
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (!quoted && c == '#' && !inWord) {
                break;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The one {@code =} allowed between the keyword and its value, blanks or not around it. */
    private static boolean separatingEquals(char c, List<String> words, boolean inWord, boolean equalsSeen) {
        return c == '=' && !equalsSeen && (words.isEmpty() || (words.size() == 1 && !inWord));
    }
}
