package io.fpsh.playbook.report;

import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import io.fpsh.probe.ProbeResult;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A run as JUnit XML, the shape Jenkins' JUnit plugin and GitLab's test reports read (Ant's junit schema): one
 * {@code testsuite} per device, one {@code testcase} per step. FAIL is a {@code failure} (message: the findings'
 * titles; text: expected, actual, fix, as GitLab shows only the text), ERROR / TIMEOUT / UNREACHABLE an
 * {@code error}, SKIP and BLOCKED {@code skipped} with the reason; PASS and WARN pass (a WARN's findings in
 * {@code system-out}). A testcase's {@code classname} is {@code PLAYBOOK.TARGET} with the target's dots made
 * underscores: Jenkins takes the last dot as package and class, GitLab shows the classname as the suite.
 */
public final class JunitReport {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private JunitReport() {}

    public static void write(RunReport report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            Text text = textOf(ReportSecrets.none());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", text.of("fpsh run " + report.playbook()));
            Counts all = new Counts();
            report.devices().forEach(d -> all.add(d.run().steps()));
            all.write(xml);
            xml.writeAttribute("time", seconds(report.durationMicros()));
            xml.writeCharacters("\n");
            for (DeviceReport device : report.devices()) {
                suite(report, device, textOf(ReportSecrets.of(device)), xml);
                xml.flush();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("JUnit report: " + e.getMessage(), e);
        }
        out.flush();
    }

    @FunctionalInterface
    private interface Text {
        String of(String value);
    }

    private static Text textOf(ReportSecrets secrets) {
        return value -> xmlText(secrets.clean(value));
    }

    private static void suite(RunReport report, DeviceReport device, Text text, XMLStreamWriter xml)
            throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", text.of(device.target()));
        Counts counts = new Counts();
        counts.add(device.run().steps());
        counts.write(xml);
        xml.writeAttribute("time", seconds(device.run().durationMicros()));
        // the xUnit schema's timestamp: seconds, no zone (this one is UTC)
        // (a pattern, not toString(): that drops ":00" seconds, and the schema then refuses the run started on a minute)
        xml.writeAttribute("timestamp", LocalDateTime.ofInstant(report.started(), ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "playbook", text.of(report.playbook()));
        property(xml, "verdict", device.verdict().name());
        xml.writeEndElement();
        xml.writeCharacters("\n");
        String classname = text.of(report.playbook() + "." + device.target().replace('.', '_'));
        for (StepResult step : device.run().steps()) {
            testcase(step, classname, text, xml);
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static void testcase(StepResult step, String classname, Text text, XMLStreamWriter xml)
            throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", classname);
        xml.writeAttribute("name", text.of(step.id() + ": " + step.title()));
        xml.writeAttribute("time", seconds(step.durationMicros()));
        String reason = text.of(step.reason() == null || step.reason().isEmpty() ? step.verdict().name() : step.reason());
        switch (step.verdict()) {
            case FAIL -> {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", step.verdict().name());
                xml.writeAttribute("message", text.of(step.findings().stream().filter(f -> !f.fixed())
                        .map(f -> f.id() + ": " + f.kind().title()).collect(Collectors.joining("; "))));
                xml.writeCharacters(text.of(findings(step)));
                xml.writeEndElement();
            }
            case ERROR, TIMEOUT, UNREACHABLE -> {
                xml.writeStartElement("error");
                xml.writeAttribute("type", step.verdict().name());
                xml.writeAttribute("message", reason);
                xml.writeCharacters(step.verdict() + ": " + reason
                        + (step.location() == null ? "" : " (" + text.of(step.location()) + ")"));
                xml.writeEndElement();
            }
            case SKIP, BLOCKED -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", step.verdict() + ": " + reason);
            }
            case PASS, WARN -> { }
        }
        String out = systemOut(step);
        if (!out.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(text.of(out));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** Each finding as a person reads it: id and title, expected against actual, the fix as typed. */
    private static String findings(StepResult step) {
        StringBuilder body = new StringBuilder();
        for (Finding finding : step.findings()) {
            body.append(finding.id()).append(": ").append(finding.kind().title())
                    .append(finding.fixed() ? " (fixed)" : "").append('\n')
                    .append("  expected: ").append(finding.expected()).append('\n')
                    .append("  actual:   ").append(finding.actual()).append('\n')
                    .append("  impact:   ").append(finding.kind().impact()).append('\n');
            for (FixCommand command : finding.fix()) {
                body.append("  fix (").append(command.mode().name().toLowerCase(Locale.ROOT)).append("): ")
                        .append(command.line()).append('\n');
                for (String answer : FixAnswers.shown(command)) {
                    body.append("      ").append(answer).append('\n');
                }
            }
        }
        return body.toString();
    }

    /** The step's verdict and reason, a WARN's findings, then what its probes sent and read. */
    private static String systemOut(StepResult step) {
        StringBuilder out = new StringBuilder();
        if (step.verdict() == Verdict.WARN) {
            out.append(findings(step));
        }
        for (ProbeResult result : step.evidence()) {
            out.append("--- ").append(result.probe())
                    .append(result.arguments().isEmpty() ? "" : " " + String.join(" ", result.arguments()))
                    .append(": ").append(result.status()).append(result.error() == null ? "" : " " + result.error())
                    .append('\n');
            if (result.evidence() != null) {
                out.append(result.evidence().sent()).append('\n').append(result.evidence().output());
                if (!result.evidence().output().endsWith("\n")) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0 has no room for most control characters (a terminal's escapes, a bell): each becomes U+FFFD. */
    static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(allowed ? c : '\uFFFD');
            }
        }
        return clean == null ? text : clean.toString();
    }

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1_000_000.0);
    }

    /** A suite's (or the run's) tests, failures, errors and skipped, as the attributes CI servers sum. */
    private static final class Counts {
        private int tests;
        private int failures;
        private int errors;
        private int skipped;

        void add(Iterable<StepResult> steps) {
            for (StepResult step : steps) {
                tests++;
                switch (step.verdict()) {
                    case FAIL -> failures++;
                    case ERROR, TIMEOUT, UNREACHABLE -> errors++;
                    case SKIP, BLOCKED -> skipped++;
                    default -> { }
                }
            }
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(errors));
            xml.writeAttribute("skipped", Integer.toString(skipped));
        }
    }
}
