package io.fpsh.playbook.report;

import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import io.fpsh.probe.SecretMask;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A run as the terminal shows it, shared by {@code fpsh run}, {@code :run} and fleets: one line per step as it
 * completes ({@link #step}), then the device's findings with expected and actual, impact, guide section and fix
 * commands, the fixes {@code --fix} handled, and the device's verdict ({@link #summary}). Colour only when asked
 * (a terminal without NO_COLOR): the verdict words carry it, so the text reads the same without.
 *
 * <p>Nothing here prints a secret: every text passes {@link SecretMask}, and a fix's answers are shown only when they
 * are plain choices (y/n) or numbers, since an answer may be a proxy's password and nothing marks which.
 */
public final class TextReport {
    private static final String RESET = "\u001b[0m";
    /** The widest verdict word (UNREACHABLE) and a space: the step titles line up. */
    private static final int VERDICT_WIDTH = 12;
    private static final Pattern SHOWN_ANSWER = Pattern.compile("(?i)y|n|yes|no|[0-9]{1,5}");

    private final boolean colour;

    /** @param colour true on a terminal without NO_COLOR ({@link #colourWanted}) */
    public TextReport(boolean colour) {
        this.colour = colour;
    }

    /** Colour on a terminal, unless NO_COLOR is set to anything non-empty (no-color.org). */
    public static boolean colourWanted(boolean terminal, String noColor) {
        return terminal && (noColor == null || noColor.isEmpty());
    }

    /** One step as it completes: its verdict word, its title, and in parentheses the reason when there is one. */
    public String step(StepResult step) {
        String reason = step.reason() == null || step.reason().isBlank() ? ""
                : " (" + SecretMask.mask(step.reason()) + (step.location() == null ? "" : " at " + step.location()) + ")";
        return verdictWord(step.verdict(), VERDICT_WIDTH) + step.title() + reason + "\n";
    }

    /** Every step of the device, then its {@link #summary}: the whole report when nothing was printed as it ran. */
    public String device(DeviceReport device) {
        StringBuilder text = new StringBuilder();
        device.run().steps().forEach(step -> text.append(step(step)));
        return text.append(summary(device)).toString();
    }

    /** After the steps: findings, the fixes handled, the event path's picture (xdr-health), the device's verdict. */
    public String summary(DeviceReport device) {
        StringBuilder text = new StringBuilder();
        List<Finding> findings = device.run().findings();
        if (!findings.isEmpty()) {
            text.append('\n').append(findings.size() == 1 ? "1 finding" : findings.size() + " findings")
                    .append(" on ").append(device.target()).append(":\n");
            for (int i = 0; i < findings.size(); i++) {
                finding(text, i + 1, findings.get(i));
            }
        }
        fixes(text, device.fixes());
        text.append(eventPathPicture(device));
        text.append('\n').append(device.target()).append(": ").append(verdictWord(device.verdict(), 0).strip());
        if (device.beforeFixes() != null) {
            text.append(" (").append(device.beforeFixes().verdict()).append(" before the fixes)");
        }
        long open = findings.stream().filter(f -> !f.fixed()).count();
        text.append(", ").append(count(open, "open finding")).append(", ")
                .append(count(device.run().steps().size(), "step")).append(" in ")
                .append(String.format(Locale.ROOT, "%.1f s", device.run().durationMicros() / 1e6)).append('\n');
        return text.toString();
    }

    /**
     * xdr-health's picture of the event path (each hop's verdict, the first broken one marked), drawn between the
     * findings and the verdict; empty for the other playbooks.
     */
    String eventPathPicture(DeviceReport device) {
        return EventPathPicture.forTerminal(device.run()).map(picture -> "\n" + picture).orElse("");
    }

    private void finding(StringBuilder text, int number, Finding finding) {
        Verdict shown = finding.fixed() ? Verdict.PASS : finding.kind().verdict();
        String label = finding.fixed() ? "FIXED" : shown.name();
        text.append(String.format(Locale.ROOT, "%2d. ", number)).append(paint(shown, label)).append(' ')
                .append(finding.id()).append(": ").append(finding.kind().title()).append('\n');
        field(text, "expected", finding.expected());
        field(text, "actual", finding.actual());
        field(text, "impact", finding.kind().impact());
        field(text, "guide", finding.kind().guide());
        if (finding.fix().isEmpty()) {
            field(text, "fix", "no command on the device: see the impact and the guide");
        }
        for (FixCommand command : finding.fix()) {
            field(text, "fix", "(" + command.mode().name().toLowerCase(Locale.ROOT) + ") " + commandText(command));
        }
    }

    private void fixes(StringBuilder text, List<AppliedFix> fixes) {
        if (fixes.isEmpty()) {
            return;
        }
        text.append("\nFixes:\n");
        for (AppliedFix fix : fixes) {
            text.append("    ").append(fix.outcome()).append(' ').append(commandText(fix.command()))
                    .append(" (").append(fix.finding()).append(')');
            if (fix.message() != null && !fix.message().isBlank()) {
                text.append(": ").append(SecretMask.mask(fix.message()));
            }
            text.append('\n');
        }
    }

    /** The line as typed, then its answers with every one that could be a secret masked. */
    public static String commandText(FixCommand command) {
        String line = SecretMask.mask(command.line());
        if (command.answers().isEmpty()) {
            return line;
        }
        List<String> answers = command.answers().stream()
                .map(answer -> SHOWN_ANSWER.matcher(answer).matches() ? answer : SecretMask.MASK).toList();
        return line + " (answers: " + String.join(", ", answers) + ")";
    }

    private static void field(StringBuilder text, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        text.append("    ").append(String.format(Locale.ROOT, "%-10s", name + ":")).append(SecretMask.mask(value))
                .append('\n');
    }

    private String verdictWord(Verdict verdict, int width) {
        String word = verdict.name();
        String padding = " ".repeat(Math.max(1, width - word.length()));
        return paint(verdict, word) + (width == 0 ? "" : padding);
    }

    private String paint(Verdict verdict, String word) {
        return colour ? colourOf(verdict) + word + RESET : word;
    }

    /** Green passes, yellow warns, red fails, magenta could not tell, grey did not run. */
    private static String colourOf(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "\u001b[32m";
            case WARN -> "\u001b[33m";
            case FAIL -> "\u001b[1;31m";
            case ERROR, TIMEOUT, UNREACHABLE -> "\u001b[35m";
            case BLOCKED, SKIP -> "\u001b[2m";
        };
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
