package io.fpsh.playbook.report;

import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Hop;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.fpsh.playbook.report.LabRunReports.device;
import static io.fpsh.playbook.report.LabRunReports.report;
import static io.fpsh.playbook.report.LabRunReports.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    static String html(RunReport report) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(report, out);
        return out.toString();
    }

    /** Nothing in the file loads from elsewhere: no script, stylesheet link, image, frame, import or url(). */
    static void assertSelfContained(String html) {
        for (String banned : List.of("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(",
                "src=", "srcset=", "<base")) {
            assertFalse(html.toLowerCase().contains(banned), banned + " in\n" + html);
        }
        Matcher href = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#"), "a link out of the file: " + href.group(1));
        }
        Matcher attribute = Pattern.compile("=\\s*\"[a-z]+://", Pattern.CASE_INSENSITIVE).matcher(html);
        assertFalse(attribute.find(), "an attribute holds a URL");
    }

    @Test
    void aRealRunShowsTheVerdictTheDeviceTheFindingItsFixAndTheFoldedEvidence() throws Exception {
        RunReport run = LabRunReports.dnsOnFtd01Dns();
        String html = html(run);
        assertSelfContained(html);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<title>fpsh run dns: FAIL</title>"), html);
        assertTrue(html.contains("<a href=\"#device-1\">lab:ftd01-dns</a>"), html);
        assertTrue(html.contains("<strong>DNS-SERVER-DEAD</strong>"), html);
        assertTrue(html.contains("&gt; configure network dns servers 192.0.2.11\n"), html);
        assertTrue(html.matches("(?s).*<details><summary>evidence: \\d+ probe results</summary>.*"), html);
        assertTrue(html.contains(" api-sse.cisco.com 192.0.2.10\n;; connection timed out"), html);
        assertTrue(html.contains("class=\"verdict v-fail\">FAIL</span>"), html);
    }

    @Test
    void aDevicesOutputStaysTextAndTheProxyPasswordNeverShows() throws Exception {
        String html = html(LabRunReports.proxyWithSecrets());
        assertSelfContained(html);
        assertFalse(html.contains(LabRunReports.PROXY_PASSWORD), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("ParseException: line 3 &lt;b&gt;unexpected&lt;/b&gt;"), html);
        assertTrue(html.contains("\uFFFD[31mred\uFFFD"), "a terminal's escapes are shown, not passed on");
        assertTrue(html.contains("&gt; configure network http-proxy\n  192.0.2.50\n  3128\n  y\n  proxyuser\n  ****\n  ****\n"),
                html);
        assertTrue(html.contains("<summary>Before the fixes:"), html);
        assertTrue(html.contains("FAILED"), html);
    }

    @Test
    void theEventPathMarksTheFirstBrokenHop() throws Exception {
        List<StepResult> steps = List.of(
                new StepResult("dns-answers", "dns", Hop.DNS, Verdict.PASS, "", List.of(), List.of(), 10, null),
                new StepResult("conn-443", "443", Hop.TCP_443, Verdict.FAIL, "", List.of(), List.of(), 10, null),
                new StepResult("reg-tls", "tls", Hop.TLS, Verdict.TIMEOUT, "", List.of(), List.of(), 10, null));
        String html = html(report(DeviceReport.unfixed(new DeviceRun("x", "ftd01", Verdict.FAIL, steps, 30))));
        assertTrue(html.contains("<span class=\"hop\">DNS <span class=\"verdict v-pass\">PASS</span></span>\n"
                + "&rarr; <span class=\"hop first-broken\">TCP 443 <span class=\"verdict v-fail\">FAIL</span></span>\n"
                + "&rarr; <span class=\"hop\">TLS <span class=\"verdict v-timeout\">TIMEOUT</span></span>"), html);
    }

    @Test
    void aThousandDevicesGetOneRowAndOneSectionEach() throws Exception {
        List<DeviceReport> devices = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            devices.add(device("ftd<" + i + ">", step("dns-servers", i == 7 ? Verdict.UNREACHABLE : Verdict.PASS, "")));
        }
        String html = html(report(devices.toArray(DeviceReport[]::new)));
        assertEquals(1000, html.split("<section id=\"device-", -1).length - 1);
        assertEquals(1000, html.split("<tr><td><a href=\"#device-", -1).length - 1);
        assertTrue(html.contains("<a href=\"#device-8\">ftd&lt;7&gt;</a></td><td><span class=\"verdict v-unreachable\">"),
                html.substring(0, 4000));
        assertTrue(html.contains("; 1000 devices (999 PASS, 1 UNREACHABLE); exit status 3."), html.substring(0, 4000));
        assertSelfContained(html);
    }
}
