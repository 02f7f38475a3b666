package io.fpsh.playbook.report;

import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.EventPath;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import io.fpsh.probe.ProbeResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One device's part of the HTML report: the event path, the findings with their fixes, the steps and evidence. */
final class HtmlDeviceSection {
    private HtmlDeviceSection() {}

    static void write(DeviceReport device, String anchor, HtmlText text, Writer out) throws IOException {
        out.write("<section id=\"" + anchor + "\">\n<h2>" + text.of(device.target()) + " <span class=\"verdict "
                + HtmlText.css(device.verdict()) + "\">" + device.verdict() + "</span></h2>\n");
        writeEventPath(device, out);
        List<Finding> findings = device.run().findings();
        if (!findings.isEmpty()) {
            out.write("<h3>Findings</h3>\n");
            for (Finding finding : findings) {
                finding(finding, text, out);
            }
        }
        if (!device.fixes().isEmpty()) {
            fixes(device.fixes(), text, out);
        }
        out.write("<h3>Steps</h3>\n");
        steps(device.run(), text, out);
        if (device.beforeFixes() != null) {
            out.write("<details><summary>Before the fixes: <span class=\"verdict "
                    + HtmlText.css(device.beforeFixes().verdict()) + "\">" + device.beforeFixes().verdict()
                    + "</span></summary>\n");
            for (Finding finding : device.beforeFixes().findings()) {
                finding(finding, text, out);
            }
            steps(device.beforeFixes(), text, out);
            out.write("</details>\n");
        }
        out.write("</section>\n");
    }

    /**
     * The event-path picture, from the same data as the terminal's ({@link EventPath}): each hop a step checked, with
     * its verdict, the first broken one outlined; nothing when no step names a hop.
     */
    static void writeEventPath(DeviceReport device, Writer out) throws IOException {
        EventPath path = EventPath.of(device.run());
        List<EventPath.HopState> checked = path.hops().stream().filter(EventPath.HopState::checked).toList();
        if (checked.isEmpty()) {
            return;
        }
        out.write("<div class=\"path\" title=\"event path\">\n");
        String arrow = "";
        for (EventPath.HopState hop : checked) {
            String first = hop.firstBroken() ? " first-broken" : "";
            out.write(arrow + "<span class=\"hop" + first + "\">" + hop.hop().label() + " <span class=\"verdict "
                    + HtmlText.css(hop.verdict()) + "\">" + hop.verdict() + "</span></span>\n");
            arrow = "&rarr; ";
        }
        out.write("</div>\n");
    }

    private static void finding(Finding finding, HtmlText text, Writer out) throws IOException {
        String kind = finding.fixed() ? " fixed" : finding.kind().verdict() == Verdict.WARN ? " warn" : "";
        out.write("<div class=\"finding" + kind + "\">\n<p><strong>" + text.of(finding.id()) + "</strong> "
                + text.of(finding.kind().title()) + (finding.fixed() ? " <em>(fixed)</em>" : "")
                + " <span class=\"muted\">(step " + text.of(finding.step()) + ")</span></p>\n");
        out.write("<table><tr><th>Expected</th><td>" + text.of(finding.expected()) + "</td></tr>\n<tr><th>Actual</th><td>"
                + text.of(finding.actual()) + "</td></tr>\n<tr><th>Impact</th><td>" + text.of(finding.kind().impact())
                + "</td></tr>\n<tr><th>Guide</th><td>" + text.of(finding.kind().guide()) + "</td></tr></table>\n");
        if (!finding.fix().isEmpty()) {
            out.write("<p>Fix:</p>\n<pre><code>");
            for (FixCommand command : finding.fix()) {
                out.write(command(command, text));
            }
            out.write("</code></pre>\n");
        } else {
            out.write("<p class=\"muted\">No command on the device fixes it: see the impact and the guide.</p>\n");
        }
        out.write("</div>\n");
    }

    /** A fix command as typed: its mode's prompt, the line, then each answer on its own line. */
    private static String command(FixCommand command, HtmlText text) {
        StringBuilder typed = new StringBuilder();
        typed.append(switch (command.mode()) {
            case CLISH -> "&gt; ";
            case EXPERT -> "$ ";
            case ROOT -> "# ";
            case DIAGNOSTIC -> "firepower&gt; ";
            case DIAGNOSTIC_ENABLE, FXOS -> "firepower# ";
            case FXOS_LOCAL_MGMT -> "firepower(local-mgmt)# ";
        }).append(text.of(command.line())).append('\n');
        for (String answer : FixAnswers.shown(command)) {
            typed.append("  ").append(text.of(answer)).append('\n');
        }
        return typed.toString();
    }

    private static void fixes(List<AppliedFix> fixes, HtmlText text, Writer out) throws IOException {
        out.write("<h3>Fixes</h3>\n<table><thead><tr><th>Finding</th><th>Command</th><th>Outcome</th><th>Message</th>"
                + "</tr></thead><tbody>\n");
        for (AppliedFix fix : fixes) {
            out.write("<tr><td>" + text.of(fix.finding()) + "</td><td><pre><code>" + command(fix.command(), text)
                    + "</code></pre></td><td>" + fix.outcome() + "</td><td>" + text.of(fix.message()) + "</td></tr>\n");
        }
        out.write("</tbody></table>\n");
    }

    private static void steps(DeviceRun run, HtmlText text, Writer out) throws IOException {
        out.write("<table class=\"steps\"><thead><tr><th>Step</th><th>Hop</th><th>Verdict</th><th>Why</th><th>Took</th>"
                + "</tr></thead><tbody>\n");
        for (StepResult step : run.steps()) {
            out.write("<tr><td><code>" + text.of(step.id()) + "</code><br>" + text.of(step.title()) + "</td><td>"
                    + (step.hop() == null ? "" : step.hop().label()) + "</td><td><span class=\"verdict "
                    + HtmlText.css(step.verdict()) + "\">" + step.verdict() + "</span></td><td>"
                    + text.of(step.reason()) + (step.location() == null ? "" : " <span class=\"muted\">("
                    + text.of(step.location()) + ")</span>"));
            if (!step.evidence().isEmpty()) {
                out.write("<details><summary>evidence: " + step.evidence().size() + " probe result"
                        + (step.evidence().size() == 1 ? "" : "s") + "</summary>\n");
                for (ProbeResult result : step.evidence()) {
                    evidence(result, text, out);
                }
                out.write("</details>");
            }
            out.write("</td><td>" + HtmlText.duration(step.durationMicros()) + "</td></tr>\n");
        }
        out.write("</tbody></table>\n");
    }

    private static void evidence(ProbeResult result, HtmlText text, Writer out) throws IOException {
        out.write("<p><code>" + text.of(result.probe() + (result.arguments().isEmpty() ? ""
                : " " + String.join(" ", result.arguments()))) + "</code>: " + result.status()
                + (result.error() == null ? "" : " (" + text.of(result.error()) + ")") + "</p>\n");
        if (result.evidence() != null) {
            out.write("<pre><code>" + text.of(result.evidence().sent()) + "\n" + text.of(result.evidence().output())
                    + "</code></pre>\n");
        }
    }
}
