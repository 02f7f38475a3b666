package io.fpsh.playbook.report;

import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.StepResult;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.SecretMask;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every report writer passes each text through before it reaches a file: {@link SecretMask}'s shapes (URL
 * passwords, Authorization headers, curl's user options), then the device's known secrets wherever they stand, even
 * bare in its output: the answers its fixes give to password questions (every answer of a dialog whose questions
 * are not known) and the passwords seen in URLs it was sent or reported.
 */
final class ReportSecrets {
    /** Shorter secrets are masked where they are answers, not searched in free text (a 1-letter one would garble it). */
    private static final int SHORTEST_SEARCHED = 4;
    private static final Pattern URL_PASSWORD = Pattern.compile("://[^/\\s:@]*:([^/\\s]*)@");

    private final Set<String> secrets;

    private ReportSecrets(Set<String> secrets) {
        this.secrets = Set.copyOf(secrets);
    }

    /**
     * The secrets of one device's part of a run: one pass over its fixes, the lines it sent and its findings' texts.
     * Kept per device, so a fleet's report costs each text one search per secret of its own device, not of the fleet.
     */
    static ReportSecrets of(DeviceReport device) {
        Set<String> found = new LinkedHashSet<>();
        collect(device.run(), found);
        collect(device.beforeFixes(), found);
        for (AppliedFix fix : device.fixes()) {
            collect(fix.command(), found);
            urlPasswords(fix.message(), found);
        }
        found.removeIf(s -> s == null || s.length() < SHORTEST_SEARCHED);
        return new ReportSecrets(found);
    }

    /** Only {@link SecretMask}'s shapes: for what belongs to no device (the run's playbook name). */
    static ReportSecrets none() {
        return new ReportSecrets(Set.of());
    }

    /** {@code text} as a report may show it; null stays null. */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = SecretMask.mask(text);
        for (String secret : secrets) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, SecretMask.MASK);
            }
        }
        return masked;
    }

    private static void collect(DeviceRun run, Set<String> found) {
        if (run == null) {
            return;
        }
        for (StepResult step : run.steps()) {
            urlPasswords(step.reason(), found);
            for (Finding finding : step.findings()) {
                urlPasswords(finding.expected(), found);
                urlPasswords(finding.actual(), found);
                for (FixCommand command : finding.fix()) {
                    collect(command, found);
                }
            }
            for (ProbeResult result : step.evidence()) {
                for (String argument : result.arguments()) {
                    urlPasswords(argument, found);
                }
                if (result.evidence() != null) {
                    urlPasswords(result.evidence().sent(), found);
                }
            }
        }
    }

    private static void collect(FixCommand command, Set<String> found) {
        urlPasswords(command.line(), found);
        found.addAll(FixAnswers.secrets(command));
        for (String answer : command.answers()) {
            urlPasswords(answer, found);
        }
    }

    private static void urlPasswords(String text, Set<String> found) {
        if (text == null || text.indexOf("://") < 0) {
            return;
        }
        Matcher password = URL_PASSWORD.matcher(text);
        while (password.find()) {
            if (!password.group(1).equals(SecretMask.MASK)) {
                found.add(password.group(1));
            }
        }
    }
}
