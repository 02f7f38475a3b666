package io.fpsh.ssh;

import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.ParseResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which lines change the device, by the table in {@code device-changes.txt} (see its header for the rules): the
 * clish and LINA match command words as abbreviations, the Linux shells match each command of a bash line.
 */
public final class DeviceChanges {
    private static final String RESOURCE = "device-changes.txt";
    /** Programs that run the rest of their arguments as a command. */
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "nohup", "nice", "time", "timeout", "exec",
            "command", "builtin", "xargs", "watch", "stdbuf", "ionice", "chroot");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh");
    private static final int MAX_DEPTH = 8;
    private static DeviceChanges standard;
    private static CommandParser parser;

    /** One line of the table: the words, and whether a command starting with them changes the device. */
    private record Rule(List<String> words, boolean changes) {}

    private final Map<Mode, List<Rule>> rules;

    private DeviceChanges(Map<Mode, List<Rule>> rules) {
        this.rules = rules;
    }

    /** The shipped table. */
    public static synchronized DeviceChanges standard() {
        if (standard == null) {
            try (InputStream in = DeviceChanges.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                standard = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standard;
    }

    static DeviceChanges parse(List<String> lines) {
        Map<Mode, List<Rule>> rules = new EnumMap<>(Mode.class);
        List<Mode> modes = List.of();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                modes = modes(line.substring(1, line.length() - 1), i + 1);
                continue;
            }
            List<String> words = List.of(line.split("\\s+"));
            if (words.size() < 2 || !(words.get(0).equals("change") || words.get(0).equals("read")) || modes.isEmpty()) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": expected [modes], change WORDS or read WORDS");
            }
            Rule rule = new Rule(words.subList(1, words.size()), words.get(0).equals("change"));
            modes.forEach(mode -> rules.computeIfAbsent(mode, m -> new ArrayList<>()).add(rule));
        }
        return new DeviceChanges(rules);
    }

    private static List<Mode> modes(String names, int lineNumber) {
        List<Mode> modes = new ArrayList<>();
        for (String name : names.strip().split("\\s+")) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "clish" -> modes.add(Mode.CLISH);
                case "expert" -> modes.add(Mode.EXPERT);
                case "root" -> modes.add(Mode.ROOT);
                case "diagnostic" -> {
                    modes.add(Mode.DIAGNOSTIC);
                    modes.add(Mode.DIAGNOSTIC_ENABLE);
                }
                case "fxos" -> {
                    modes.add(Mode.FXOS);
                    modes.add(Mode.FXOS_LOCAL_MGMT);
                }
                default -> throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": unknown mode " + name);
            }
        }
        return modes;
    }

    /** True when {@code line}, typed in {@code mode}, changes the device. */
    public boolean changes(Mode mode, String line) {
        List<Rule> table = rules.getOrDefault(mode, List.of());
        if (mode.isLinuxShell()) {
            return linuxChanges(table, line, 0);
        }
        return decide(table, cliWords(mode, line), DeviceChanges::abbreviationMatches);
    }

    /** The clish line with abbreviations expanded as far as the grammar knows it; other CLIs' lines as typed. */
    private static List<String> cliWords(Mode mode, String line) {
        List<String> typed = CommandParser.words(line);
        if (mode != Mode.CLISH) {
            return typed;
        }
        ParseResult parsed = clishParser().parse(Mode.CLISH, line);
        if (parsed instanceof ParseResult.Command command) {
            return command.words();
        }
        if (parsed instanceof ParseResult.Incomplete incomplete) {
            return incomplete.words();
        }
        // A word the grammar does not take: the words before it as expanded, the rest as typed.
        int known = parsed instanceof ParseResult.Ambiguous ambiguous ? ambiguous.wordIndex()
                : parsed instanceof ParseResult.Illegal illegal ? illegal.wordIndex() : 0;
        if (known == 0) {
            return typed;
        }
        List<String> words = new ArrayList<>(cliWords(mode, String.join(" ", typed.subList(0, known))));
        words.addAll(typed.subList(known, typed.size()));
        return words;
    }

    private static boolean abbreviationMatches(Rule rule, List<String> words) {
        if (words.size() < rule.words().size()) {
            return false;
        }
        for (int i = 0; i < rule.words().size(); i++) {
            String typed = words.get(i).toLowerCase(Locale.ROOT);
            if (typed.isEmpty() || !rule.words().get(i).startsWith(typed)) {
                return false;
            }
        }
        return true;
    }

    private boolean linuxChanges(List<Rule> table, String line, int depth) {
        ShellLine read = ShellLine.read(line);
        if (read.writesFile() && table.stream().anyMatch(rule -> rule.words().equals(List.of(">")))) {
            return true;
        }
        for (List<String> command : read.commands()) {
            if (commandChanges(table, command, depth)) {
                return true;
            }
        }
        return false;
    }

    private boolean commandChanges(List<Rule> table, List<String> command, int depth) {
        List<String> words = withoutAssignments(command);
        if (words.isEmpty() || depth > MAX_DEPTH) {
            return depth > MAX_DEPTH; // nested beyond reason: better asked than sent
        }
        if (decide(table, words, DeviceChanges::commandMatches)) {
            return true;
        }
        String program = program(words.get(0));
        List<String> arguments = words.subList(1, words.size());
        if (SHELLS.contains(program)) {
            int dashC = arguments.indexOf("-c");
            return dashC >= 0 && dashC + 1 < arguments.size() && linuxChanges(table, arguments.get(dashC + 1), depth + 1);
        }
        if (WRAPPERS.contains(program)) {
            // The wrapped command starts at the first word that is not an option, an assignment or a number.
            int start = 0;
            while (start < arguments.size() && (arguments.get(start).startsWith("-") || arguments.get(start).contains("=")
                    || arguments.get(start).matches("[0-9.]+[smhd]?"))) {
                start++;
            }
            return start < arguments.size() && commandChanges(table, arguments.subList(start, arguments.size()), depth + 1);
        }
        return false;
    }

    private static List<String> withoutAssignments(List<String> command) {
        int start = 0;
        while (start < command.size() && command.get(start).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            start++;
        }
        return command.subList(start, command.size());
    }

    /** The program by its name: {@code /bin/rm} is {@code rm}. */
    private static String program(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }

    private static boolean commandMatches(Rule rule, List<String> words) {
        if (rule.words().get(0).equals(">") || !rule.words().get(0).equals(program(words.get(0)))) {
            return false;
        }
        List<String> arguments = words.subList(1, words.size());
        return rule.words().subList(1, rule.words().size()).stream()
                .allMatch(wanted -> arguments.stream().anyMatch(argument -> argumentMatches(wanted, argument)));
    }

    private static boolean argumentMatches(String wanted, String argument) {
        if (wanted.endsWith("*")) {
            return argument.startsWith(wanted.substring(0, wanted.length() - 1));
        }
        if (wanted.length() == 2 && wanted.charAt(0) == '-' && wanted.charAt(1) != '-') {
            // a short option, alone, in a cluster (-ni) or with its value attached (-i.bak)
            return argument.startsWith("-") && !argument.startsWith("--") && argument.indexOf(wanted.charAt(1)) > 0
                    && !argument.substring(1, argument.indexOf(wanted.charAt(1))).matches(".*[^A-Za-z].*");
        }
        return argument.equals(wanted) || (wanted.startsWith("--") && argument.startsWith(wanted + "="));
    }

    /** The longest matching rule decides; with none, the line does not change the device. */
    private static boolean decide(List<Rule> table, List<String> words, Matcher matcher) {
        Rule best = null;
        for (Rule rule : table) {
            if (matcher.matches(rule, words) && (best == null || rule.words().size() > best.words().size()
                    || (rule.words().size() == best.words().size() && rule.changes()))) {
                best = rule;
            }
        }
        return best != null && best.changes();
    }

    @FunctionalInterface
    private interface Matcher {
        boolean matches(Rule rule, List<String> words);
    }

    private static synchronized CommandParser clishParser() {
        if (parser == null) {
            parser = new CommandParser(Grammar.ftd());
        }
        return parser;
    }
}
