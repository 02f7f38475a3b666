package io.fpsh.device;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The FTD's modes as data, in the manner of Unicon's state machines: a prompt pattern per mode, and the inputs
 * (with the dialogs they open) that move from one mode to another. The simulator renders prompts from it; the
 * SSH driver recognises them with the same patterns.
 */
public final class ModeGraph {

    /**
     * A prompt: how the device prints it ({@code %u} = user, {@code %h} = hostname, {@code %d} = working directory),
     * its shape (a regular expression of the prompt without its trailing blank, unanchored, so the SSH driver can tell
     * a line that may still become a prompt), and the pattern that finds it at the end of the screen.
     */
    public record Prompt(String template, String shape, Pattern pattern) {
        /** {@code ownLine}: the prompt starts its line (the clish's {@code >}, LINA's), so text before it is not one. */
        static Prompt of(String template, String shape, boolean ownLine) {
            return new Prompt(template, shape, Pattern.compile((ownLine ? "(?:^|\\n)" : "") + "(?:" + shape + ") ?$"));
        }

        /** The prompt of {@code user} on {@code hostname} in {@code directory} ({@code ~} for the home directory). */
        public String render(String user, String hostname, String directory) {
            return template.replace("%u", user).replace("%h", hostname).replace("%d", directory);
        }
    }

    /** A dialog a transition may open: the device's question, whether the answer is secret. */
    public record Dialog(String question, boolean secret) {}

    /** An input that moves from one mode to another, possibly through dialogs. */
    public record Transition(Mode from, String input, Mode to, List<Dialog> dialogs) {}

    /** LINA's detach keys, Ctrl-A then d, as the line a front end hands over; {@code ^Ad} is fpsh's typed spelling. */
    public static final String DETACH = "\u0001d";
    public static final String DETACH_TYPED = "^Ad";

    /** True in the modes Ctrl-A d leaves (LINA's): there a front end takes those keys as the detach, not as editing. */
    public static boolean detaches(Mode mode) {
        return transition(mode, DETACH).isPresent();
    }

    private static final Map<Mode, Prompt> PROMPTS = new EnumMap<>(Mode.class);
    private static final List<Transition> TRANSITIONS;

    /** Dialogs that are not mode changes, recognised by the driver and answered through {@link DeviceIo}. */
    public static final List<Dialog> DIALOGS = List.of(
            new Dialog("Password:", true),
            new Dialog("Please enter 'YES' or 'NO': ", false),
            new Dialog("--More--", false),
            new Dialog("<--- More --->", false),
            // configure network http-proxy, as the paramiko scripts that drive it match its questions (facts B10);
            // its passwords end in "Password:" above
            new Dialog("address:", false),
            new Dialog("Port:", false),
            new Dialog("[n]:", false),
            new Dialog("Username:", false));

    static {
        // the clish's prompt may follow the bell it rang at rejected input (unicon's bell_pattern)
        PROMPTS.put(Mode.CLISH, Prompt.of("> ", "\\x07?>", true));
        // bash's user@host:directory$; a space before the $ is seen on FP4100 module consoles (facts 2.1)
        PROMPTS.put(Mode.EXPERT, Prompt.of("%u@%h:%d$ ", "[-.\\w]+@[-.\\w]+:[~/\\w.-]*\\s?\\$", false));
        PROMPTS.put(Mode.ROOT, Prompt.of("root@%h:%d# ", "root@[-.\\w]+:[~/\\w.-]*\\s?#", false));
        PROMPTS.put(Mode.DIAGNOSTIC, Prompt.of("firepower> ", "[-.\\w]+>", true));
        PROMPTS.put(Mode.DIAGNOSTIC_ENABLE, Prompt.of("firepower# ", "[-.\\w]+#", true));
        // FXOS on a 1000/2100 appliance: the hostname then '#' ('*' while a change is uncommitted), and its
        // local-mgmt shell (unicon's fxos and fxos_mgmt patterns, facts 4.2; U3's fp2k mock prompts "%N# ")
        PROMPTS.put(Mode.FXOS, Prompt.of("%h# ", "[-.\\w]+(?:\\*\\s?)?#", true));
        PROMPTS.put(Mode.FXOS_LOCAL_MGMT, Prompt.of("%h(local-mgmt)# ", "[-.\\w]+\\(local-mgmt\\)#", true));
        Dialog password = new Dialog("Password:", true);
        TRANSITIONS = List.of(
                new Transition(Mode.CLISH, "expert", Mode.EXPERT, List.of()),
                new Transition(Mode.EXPERT, "exit", Mode.CLISH, List.of()),
                new Transition(Mode.EXPERT, "sudo su -", Mode.ROOT, List.of(password)),
                new Transition(Mode.EXPERT, "sudo su", Mode.ROOT, List.of(password)),
                new Transition(Mode.ROOT, "exit", Mode.EXPERT, List.of()),
                new Transition(Mode.CLISH, "system support diagnostic-cli", Mode.DIAGNOSTIC, List.of()),
                new Transition(Mode.DIAGNOSTIC, "enable", Mode.DIAGNOSTIC_ENABLE, List.of(password)),
                new Transition(Mode.DIAGNOSTIC_ENABLE, "disable", Mode.DIAGNOSTIC, List.of()),
                new Transition(Mode.DIAGNOSTIC, DETACH, Mode.CLISH, List.of()),
                new Transition(Mode.DIAGNOSTIC_ENABLE, DETACH, Mode.CLISH, List.of()),
                // exit at firepower> detaches (unicon's mock); at firepower# it ends the console session too, as
                // exit from privileged EXEC ends an ASA session (inferred, not seen on a device)
                new Transition(Mode.DIAGNOSTIC, "exit", Mode.CLISH, List.of()),
                new Transition(Mode.DIAGNOSTIC_ENABLE, "exit", Mode.CLISH, List.of()),
                // FXOS, on an appliance only (unicon's fxos state machine, facts 4.2; U3's fp2k mock)
                new Transition(Mode.CLISH, "connect fxos", Mode.FXOS, List.of()),
                new Transition(Mode.FXOS, "exit", Mode.CLISH, List.of()),
                new Transition(Mode.FXOS, "connect ftd", Mode.CLISH, List.of()),
                new Transition(Mode.FXOS, "connect local-mgmt", Mode.FXOS_LOCAL_MGMT, List.of()),
                new Transition(Mode.FXOS_LOCAL_MGMT, "exit", Mode.FXOS, List.of()));
    }

    private ModeGraph() {}

    public static Prompt prompt(Mode mode) {
        return PROMPTS.get(mode);
    }

    /** Every mode's prompt shape as one alternation: what the SSH driver holds back as a possible prompt. */
    public static String anyPromptShape() {
        StringBuilder shapes = new StringBuilder();
        for (Mode mode : Mode.values()) {
            shapes.append(shapes.isEmpty() ? "" : "|").append(PROMPTS.get(mode).shape());
        }
        return shapes.toString();
    }

    public static List<Transition> transitions() {
        return TRANSITIONS;
    }

    /** The transition an input line takes from a mode, if it is one. */
    public static Optional<Transition> transition(Mode from, String input) {
        String typed = input.strip();
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.input().equals(typed)).findFirst();
    }

    /**
     * The mode whose prompt ends {@code screenTail}, as the SSH driver reads it; ROOT before EXPERT before CLISH, and
     * LINA's {@code firepower#} before FXOS's, which looks the same: {@link #recognise(String, Mode, String)} tells
     * them apart by the way the session came.
     */
    public static Optional<Mode> recognise(String screenTail) {
        for (Mode mode : List.of(Mode.ROOT, Mode.EXPERT, Mode.DIAGNOSTIC_ENABLE, Mode.FXOS_LOCAL_MGMT, Mode.CLISH,
                Mode.DIAGNOSTIC, Mode.FXOS)) {
            if (matches(mode, screenTail)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /**
     * The mode whose prompt ends {@code screenTail} after {@code input} was typed in mode {@code before}: the mode
     * that input's transition leads to if its prompt is the one shown, else {@code before} if its prompt is (a
     * command that stayed), else {@link #recognise(String)}'s. So {@code hostname#} after {@code connect fxos} is
     * FXOS, and after {@code enable} (or inside LINA) LINA's.
     */
    public static Optional<Mode> recognise(String screenTail, Mode before, String input) {
        Optional<Mode> led = transition(before, input).map(Transition::to).filter(to -> matches(to, screenTail));
        if (led.isPresent()) {
            return led;
        }
        return before != null && matches(before, screenTail) ? Optional.of(before) : recognise(screenTail);
    }

    private static boolean matches(Mode mode, String screenTail) {
        return PROMPTS.get(mode).pattern().matcher(screenTail).find();
    }
}
