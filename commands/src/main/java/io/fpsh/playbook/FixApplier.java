package io.fpsh.playbook;

import io.fpsh.drive.CommandResult;
import io.fpsh.probe.SecretMask;
import io.fpsh.ssh.ChangeGuard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --fix} on one device: types the findings' fix commands through the session's driver, each in its mode with
 * the answers to its questions, as far as the options allow. A lab may always be changed; any other target (a real
 * FTD over SSH, the local machine) only with {@code --allow-changes}, and then through whatever change guard the
 * front end put on it. A command raised by several findings runs once, at its last place (so a connector restart
 * that ends two findings' fixes comes after both); a finding's later commands are not sent once one of its
 * commands was not applied, unless another finding still needs them.
 */
final class FixApplier {
    private final TargetSession target;
    private final RunOptions options;
    private final PlaybookSession.FixApproval approval;

    FixApplier(TargetSession target, RunOptions options, PlaybookSession.FixApproval approval) {
        this.target = target;
        this.options = options;
        this.approval = approval;
    }

    /** The fixes of {@code findings} as handled, in the order sent; {@code deadline} is the device's budget's end. */
    List<AppliedFix> apply(List<Finding> findings, Instant deadline) {
        Map<FixCommand, List<Finding>> raisedBy = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (FixCommand command : finding.fix()) {
                raisedBy.computeIfAbsent(command, c -> new ArrayList<>()).add(finding);
            }
        }
        Set<Finding> givenUp = new HashSet<>();
        List<AppliedFix> handled = new ArrayList<>();
        for (FixCommand command : inLastPlace(findings)) {
            List<Finding> needing = raisedBy.get(command).stream().filter(f -> !givenUp.contains(f)).toList();
            if (needing.isEmpty()) {
                continue;
            }
            AppliedFix fix = applyOne(needing.get(0), command, deadline);
            handled.add(fix);
            if (fix.outcome() != AppliedFix.Outcome.APPLIED) {
                givenUp.addAll(needing);
            }
        }
        return handled;
    }

    /** Every finding's commands in order, a command raised more than once kept at its last place only. */
    private static List<FixCommand> inLastPlace(List<Finding> findings) {
        List<FixCommand> all = findings.stream().flatMap(f -> f.fix().stream()).toList();
        List<FixCommand> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.subList(i + 1, all.size()).stream().noneMatch(all.get(i)::equals)) {
                order.add(all.get(i));
            }
        }
        return order;
    }

    private AppliedFix applyOne(Finding finding, FixCommand command, Instant deadline) {
        if (!mayChange()) {
            return new AppliedFix(finding.id(), command, AppliedFix.Outcome.REFUSED, "not sent: " + target.name()
                    + " is not a lab; add --allow-changes to let --fix change it");
        }
        if (options.fix() != RunOptions.FixMode.YES && (approval == null || !approval.approve(finding, command))) {
            return new AppliedFix(finding.id(), command, AppliedFix.Outcome.DECLINED, "");
        }
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return new AppliedFix(finding.id(), command, AppliedFix.Outcome.FAILED,
                    "not sent: the device's budget ran out before this fix");
        }
        Duration timeout = left.compareTo(target.commandTimeout()) < 0 ? left : target.commandTimeout();
        CommandResult result = target.driver().runAnswering(command.mode(), command.line(), command.answers(), timeout);
        if (!result.completed()) {
            return new AppliedFix(finding.id(), command, AppliedFix.Outcome.FAILED, oneLine(result.error()));
        }
        if (result.exitStatus() == ChangeGuard.NOT_SENT && lastLine(result.stderr()).startsWith(ChangeGuard.NOT_SENT_PREFIX)) {
            return new AppliedFix(finding.id(), command, AppliedFix.Outcome.REFUSED, lastLine(result.stderr()));
        }
        if (result.exitStatus() != 0) {
            String said = lastLine(result.output());
            return new AppliedFix(finding.id(), command, AppliedFix.Outcome.FAILED,
                    said.isEmpty() ? "exit status " + result.exitStatus() : said);
        }
        return new AppliedFix(finding.id(), command, AppliedFix.Outcome.APPLIED, "");
    }

    /** A lab is there to be changed; anything else only when the user said so. */
    private boolean mayChange() {
        return options.allowChanges() || target.name().startsWith("lab:");
    }

    /** The device's last line: what it said when it refused (clish: {@code Syntax error: Illegal parameter}). */
    private static String lastLine(String output) {
        return oneLine(output.strip().lines().reduce((first, second) -> second).orElse(""));
    }

    private static String oneLine(String text) {
        return text == null ? "" : SecretMask.mask(text.strip().lines().findFirst().orElse("")).replaceAll("\\p{Cntrl}", "?");
    }
}
