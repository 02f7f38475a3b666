package io.fpsh.sim.expert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One shell's variables: those the user assigned ({@code A=5}, {@code export A=5}), over those the device gives a
 * login shell ({@code HOME}, {@code USER}, {@code UID}...), which follow the context (the user, the working directory)
 * until assigned or unset. A subshell works on a copy. Methods are synchronized: a pipeline's stages run on threads.
 */
final class ShellVariables {

    /** What bash will not let a user assign or unset. */
    private static final Set<String> READ_ONLY = Set.of("UID", "EUID");
    /** What the device's login bash exports: its own environment, never the host's. */
    private static final Set<String> EXPORTED_AT_LOGIN = Set.of("HOME", "LOGNAME", "PATH", "PWD", "SHELL", "TERM", "USER");

    private final Map<String, String> assigned;
    private final Set<String> unset;
    private final Set<String> exported;
    /** The lines typed into this shell, oldest first, for {@code history}; shared with its pipelines' copies. */
    private final List<String> history;
    /** How many of the oldest lines went beyond {@link #HISTSIZE}: bash numbers the rest from here on. */
    private final java.util.concurrent.atomic.AtomicInteger forgotten;
    /** bash's default HISTSIZE (bash(1)): the lines kept, so a pasted flood never grows the session without end. */
    static final int HISTSIZE = 500;

    ShellVariables() {
        this(new HashMap<>(), new HashSet<>(), new HashSet<>(EXPORTED_AT_LOGIN), new java.util.ArrayList<>(),
                new java.util.concurrent.atomic.AtomicInteger());
    }

    private ShellVariables(Map<String, String> assigned, Set<String> unset, Set<String> exported, List<String> history,
                           java.util.concurrent.atomic.AtomicInteger forgotten) {
        this.assigned = assigned;
        this.unset = unset;
        this.exported = exported;
        this.history = history;
        this.forgotten = forgotten;
    }

    /** Remembers a line typed at this shell's prompt. */
    void remember(String line) {
        synchronized (history) {
            history.add(line);
            if (history.size() > HISTSIZE) {
                history.remove(0);
                forgotten.incrementAndGet();
            }
        }
    }

    /** The number {@code history} gives the oldest line kept (1 until lines are forgotten). */
    int historyBase() {
        return forgotten.get() + 1;
    }

    /** {@code history -c}: forgets every line; bash numbers the next one 1. */
    void clearHistory() {
        synchronized (history) {
            history.clear();
            forgotten.set(0);
        }
    }

    /** {@code history -d N}: forgets the line numbered N; false when there is none. */
    boolean forgetHistoryLine(int number) {
        synchronized (history) {
            int index = number - historyBase();
            if (index < 0 || index >= history.size()) {
                return false;
            }
            history.remove(index);
            return true;
        }
    }

    /** The lines typed so far, oldest first. */
    List<String> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** A new bash's variables: the environment it was given, exported again, over the device's own. */
    static ShellVariables inheriting(Map<String, String> environment) {
        ShellVariables variables = new ShellVariables();
        variables.assigned.putAll(environment);
        variables.exported.addAll(environment.keySet());
        return variables;
    }

    /** A subshell's variables: the same values, changed apart from these. */
    synchronized ShellVariables copy() {
        return new ShellVariables(new HashMap<>(assigned), new HashSet<>(unset), new HashSet<>(exported), history, forgotten);
    }

    static boolean isName(String text) {
        return text.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /** The variable's value, or empty when it is not set. */
    synchronized Optional<String> value(String name, ExpertContext context) {
        if (assigned.containsKey(name)) {
            return Optional.of(assigned.get(name));
        }
        return unset.contains(name) ? Optional.empty() : deviceValue(name, context);
    }

    /** {@code NAME=value}; bash's message (without {@code -bash: }) when the variable is read-only, else null. */
    synchronized String assign(String name, String value) {
        if (READ_ONLY.contains(name)) {
            return name + ": readonly variable";
        }
        assigned.put(name, value);
        unset.remove(name);
        return null;
    }

    /** {@code unset NAME}; bash's message when it may not be unset, else null. */
    synchronized String unset(String name) {
        if (READ_ONLY.contains(name)) {
            return "unset: " + name + ": cannot unset: readonly variable";
        }
        assigned.remove(name);
        unset.add(name);
        exported.remove(name);
        return null;
    }

    synchronized void export(String name) {
        exported.add(name);
    }

    synchronized void unexport(String name) {
        exported.remove(name);
    }

    /**
     * What a program started from this shell inherits: the exported variables the user assigned. The device's own
     * (HOME, USER, PATH...) are left out: the program's context gives them, as sudo and su set them for its user.
     */
    synchronized Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        for (String name : exported) {
            if (assigned.containsKey(name)) {
                environment.put(name, assigned.get(name));
            }
        }
        return Map.copyOf(environment);
    }

    /** The exported variables by name, as {@code export -p} lists them: empty for one exported but not set. */
    synchronized Map<String, Optional<String>> exported(ExpertContext context) {
        Map<String, Optional<String>> list = new TreeMap<>();
        for (String name : exported) {
            list.put(name, value(name, context));
        }
        return list;
    }

    /** The device's variables of a login shell, as they stand now. */
    private static Optional<String> deviceValue(String name, ExpertContext context) {
        String value = switch (name) {
            case "HOME" -> context.home();
            case "USER", "LOGNAME" -> context.user();
            case "PWD" -> context.workingDirectory();
            case "HOSTNAME" -> context.hostname();
            case "SHELL" -> "/bin/bash";
            case "TERM" -> context.terminalType();
            case "UID", "EUID" -> Integer.toString(context.uid());
            case "PATH" -> CommandPaths.searchPathText(context.user());
            default -> null;
        };
        return Optional.ofNullable(value);
    }
}
