package io.fpsh.playbook.report;

import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Verdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.io.StringWriter;

import static io.fpsh.playbook.report.LabRunReports.device;
import static io.fpsh.playbook.report.LabRunReports.finding;
import static io.fpsh.playbook.report.LabRunReports.report;
import static io.fpsh.playbook.report.LabRunReports.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JunitReportTest {

    static String junit(RunReport report) throws Exception {
        StringWriter out = new StringWriter();
        JunitReport.write(report, out);
        return out.toString();
    }

    /** Parsed as a CI server parses it: any XML error (a control character, a bad escape) throws. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element only(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        assertEquals(1, list.getLength(), tag);
        return (Element) list.item(0);
    }

    @Test
    void aRealRunIsOneSuiteWithATestcasePerStepAndTheFindingAsAFailure() throws Exception {
        RunReport run = LabRunReports.dnsOnFtd01Dns();
        Document xml = parse(junit(run));
        Element suites = xml.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("2", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("failures"));
        Element suite = only(suites, "testsuite");
        assertEquals("lab:ftd01-dns", suite.getAttribute("name"));
        assertEquals("0", suite.getAttribute("errors"));
        assertTrue(suite.getAttribute("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"),
                "the xUnit schema's timestamp: " + suite.getAttribute("timestamp"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element answers = (Element) cases.item(1);
        assertEquals("dns.lab:ftd01-dns", answers.getAttribute("classname"));
        assertTrue(answers.getAttribute("name").startsWith("dns-answers: "), answers.getAttribute("name"));
        double seconds = Double.parseDouble(answers.getAttribute("time"));
        assertTrue(seconds > 0.5 && seconds < 60, "seconds, as Jenkins reads them (a silent server is asked for 1 s): "
                + seconds);
        Element failure = only(answers, "failure");
        assertEquals("DNS-SERVER-DEAD: a configured DNS server never answers", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("fix (clish): configure network dns servers 192.0.2.11"),
                failure.getTextContent());
        assertTrue(failure.getTextContent().contains("actual:   192.0.2.10: no answer"), failure.getTextContent());
        assertTrue(only(answers, "system-out").getTextContent().contains(" api-sse.cisco.com 192.0.2.10\n"));
        assertTrue(only((Element) cases.item(0), "system-out").getTextContent().startsWith("--- show-network: OK\nshow network\n"));
        assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
    }

    @Test
    void couldNotTellIsAnErrorAndNotApplicableOrBlockedIsSkipped() throws Exception {
        RunReport run = report(device("10.0.0.1",
                step("a", Verdict.PASS, "ok"),
                step("b", Verdict.TIMEOUT, "nslookup: no answer in 5 s"),
                step("c", Verdict.BLOCKED, "needs b (TIMEOUT)"),
                step("d", Verdict.SKIP, "not on local"),
                step("e", Verdict.ERROR, "MissingPropertyException: x"),
                step("f", Verdict.FAIL, "", finding("DNS-SERVER-DEAD", "f", "x answers", "x: none"))));
        Element suite = only(parse(junit(run)).getDocumentElement(), "testsuite");
        assertEquals("6", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("2", suite.getAttribute("errors"));
        assertEquals("2", suite.getAttribute("skipped"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals("dns.10_0_0_1", ((Element) cases.item(0)).getAttribute("classname"));
        Element timeout = only((Element) cases.item(1), "error");
        assertEquals("TIMEOUT", timeout.getAttribute("type"));
        assertEquals("nslookup: no answer in 5 s", timeout.getAttribute("message"));
        assertEquals("BLOCKED: needs b (TIMEOUT)", only((Element) cases.item(2), "skipped").getAttribute("message"));
        assertEquals("SKIP: not on local", only((Element) cases.item(3), "skipped").getAttribute("message"));
        assertTrue(only((Element) cases.item(4), "error").getTextContent().contains("(Dns.groovy:7)"));
    }

    @Test
    void theProxyPasswordNeverShowsAndATerminalsControlsStillParse() throws Exception {
        String xml = junit(LabRunReports.proxyWithSecrets());
        assertFalse(xml.contains(LabRunReports.PROXY_PASSWORD), xml);
        Document parsed = parse(xml);
        String text = parsed.getDocumentElement().getTextContent();
        assertTrue(text.contains(LabRunReports.SCRIPT_IN_OUTPUT), "output is text in the XML");
        assertTrue(text.contains("\uFFFD[31mred\uFFFD"), text);
        assertTrue(text.contains("fix (clish): configure network http-proxy\n      192.0.2.50\n      3128\n      y\n"
                + "      proxyuser\n      ****\n      ****\n"), text);
    }
}
