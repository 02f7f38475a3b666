package io.fpsh.playbook.report;

import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A run as one self-contained HTML file a person can mail to a colleague: its style inline, no script, no font,
 * image or link outside the file (it opens with no network). The run's verdict, a table of the devices, then each
 * device: the event path, its findings with their fixes, its steps with their evidence folded. Written device by
 * device, in one pass: a fleet of 1000 costs a thousand times one device. Every text is masked, then escaped.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5em auto;max-width:72em;\
            padding:0 1em;color:#1d232a;line-height:1.4}
            h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:2em}
            h3{font-size:1.05em;margin-bottom:.3em}
            table{border-collapse:collapse;width:100%;margin:.5em 0}
            th,td{border:1px solid #d0d7de;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#f3f5f7}
            pre{background:#f6f8fa;border:1px solid #d0d7de;padding:.5em;overflow-x:auto;white-space:pre-wrap;\
            word-break:break-all;margin:.3em 0}
            code{font-family:ui-monospace,Menlo,Consolas,monospace}
            .verdict{display:inline-block;padding:0 .45em;border-radius:.3em;font-weight:600;font-size:.9em;color:#fff}
            .v-pass{background:#1a7f37}.v-warn{background:#9a6700}.v-fail{background:#cf222e}
            .v-error{background:#8250df}.v-timeout{background:#bc4c00}.v-unreachable{background:#953800}
            .v-blocked{background:#57606a}.v-skip{background:#8c959f}
            .finding{border-left:.3em solid #cf222e;padding:.2em .8em;margin:.6em 0;background:#fff8f8}
            .finding.warn{border-color:#9a6700;background:#fffbea}.finding.fixed{border-color:#1a7f37;background:#f3fff5}
            .muted{color:#57606a}.path{display:flex;flex-wrap:wrap;gap:.3em;align-items:center;margin:.5em 0}
            .hop{border:1px solid #d0d7de;border-radius:.3em;padding:.2em .5em}
            .hop.first-broken{outline:3px solid #cf222e}
            details{margin:.2em 0}summary{cursor:pointer}
            """;

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HtmlReport() {}

    public static void write(RunReport report, Writer out) throws IOException {
        HtmlText text = new HtmlText(ReportSecrets.none());
        String verdict = report.verdict().name();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>fpsh run " + text.of(report.playbook()) + ": " + verdict + "</title>\n");
        out.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>fpsh run <code>" + text.of(report.playbook()) + "</code> <span class=\"verdict "
                + HtmlText.css(report.verdict()) + "\">" + verdict + "</span></h1>\n");
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        report.devices().forEach(d -> tally.merge(d.verdict(), 1, Integer::sum));
        StringBuilder counts = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            if (tally.containsKey(v)) {
                counts.append(counts.isEmpty() ? "" : ", ").append(tally.get(v)).append(' ').append(v);
            }
        }
        out.write("<p class=\"muted\">Started " + STARTED.format(report.started()) + ", took "
                + HtmlText.duration(report.durationMicros()) + "; " + report.devices().size()
                + (report.devices().size() == 1 ? " device" : " devices") + (counts.isEmpty() ? "" : " (" + counts + ")")
                + "; exit status " + report.exitStatus() + ".</p>\n");
        devicesTable(report, out);
        int index = 0;
        for (DeviceReport device : report.devices()) {
            HtmlDeviceSection.write(device, anchor(index++), new HtmlText(ReportSecrets.of(device)), out);
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private static void devicesTable(RunReport report, Writer out) throws IOException {
        out.write("<table class=\"devices\">\n<thead><tr><th>Device</th><th>Verdict</th><th>Findings</th>"
                + "<th>Took</th></tr></thead>\n<tbody>\n");
        int index = 0;
        for (DeviceReport device : report.devices()) {
            HtmlText text = new HtmlText(ReportSecrets.of(device));
            Set<String> ids = new LinkedHashSet<>();
            for (Finding finding : device.run().findings()) {
                ids.add(finding.fixed() ? finding.id() + " (fixed)" : finding.id());
            }
            out.write("<tr><td><a href=\"#" + anchor(index++) + "\">" + text.of(device.target()) + "</a></td>"
                    + "<td><span class=\"verdict " + HtmlText.css(device.verdict()) + "\">" + device.verdict()
                    + "</span></td><td>" + text.of(String.join(", ", ids)) + "</td><td>"
                    + HtmlText.duration(device.run().durationMicros()) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    /** A device's section id: by position, as targets may hold any character. */
    static String anchor(int index) {
        return "device-" + (index + 1);
    }
}
