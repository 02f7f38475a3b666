package io.fpsh.probe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every parser on text no device should print (empty, CRLF, a line 100,000 characters wide, numbers too long for
 * their field, a canConnect line without a command): it reads it or throws a {@link ProbeParseException} that names
 * the line, never another exception.
 */
class ProbeParsersOnOddTextTest {
    private static final String TOO_LONG = "99999999999";

    /** One odd line for each parser, then each of them alone, after a line the parser reads, and with CRLFs. */
    private static final List<String> ODD = List.of("", "\n", "\r\n", " ", "\u00a0", "()", "x".repeat(100_000),
            "unix  2      [ ]         STREAM     CONNECTED     " + TOO_LONG + "0000000000",
            "unix  " + TOO_LONG + "      [ ]         STREAM     CONNECTED     378537   " + TOO_LONG + "/EventHandler /p",
            "connector " + TOO_LONG + " www 19u IPv4 26077679 0t0 TCP 192.0.2.27:53426->198.51.100.246:443 (SYN_SENT)",
            "SSEConnector (system) - Running " + TOO_LONG,
            "ActionQueueScrape.pl[" + TOO_LONG + "]: [SF::SSE::Enrollment] canConnect: System (curl x) Failed, curl returned 28",
            "ActionQueueScrape.pl[19094]: [SF::SSE::Enrollment] canConnect: System (curl x) Failed, curl returned " + TOO_LONG,
            "ActionQueueScrape.pl[19094]: [SF::SSE::Enrollment] canConnect: System ( ) Failed, curl returned 28",
            "* Connected to api-sse.cisco.com (192.0.2.20) port " + TOO_LONG + " (#0)",
            "* SSL certificate verify result: self signed certificate in certificate chain (" + TOO_LONG
                    + "), continuing anyway.",
            "curl-exit=" + TOO_LONG,
            "connector_port=" + TOO_LONG);

    @Test
    void everyParserReadsOddTextOrSaysWhichLineItCouldNotRead() {
        List<String> slips = new ArrayList<>();
        for (Probe<?> probe : Probes.all()) {
            for (String text : texts()) {
                for (int exitStatus : new int[] {0, 1}) {
                    try {
                        probe.parse(new ProbeOutput(text, exitStatus), arguments(probe));
                    } catch (ProbeParseException e) {
                        // read as unreadable: what a parser must do
                    } catch (RuntimeException e) {
                        slips.add(probe.name() + " on '" + abbreviated(text) + "': " + e);
                    }
                }
            }
        }
        if (!slips.isEmpty()) {
            fail(slips.size() + " parser slips, e.g.\n" + String.join("\n", slips.subList(0, Math.min(10, slips.size()))));
        }
    }

    @Test
    void aNumberTooLongForItsFieldIsAParseErrorOfItsLine() {
        String line = "connector " + TOO_LONG + " www 19u IPv4 26077679 0t0 TCP 192.0.2.27:53426->198.51.100.246:443 (SYN_SENT)";
        ProbeParseException lsof = assertThrows(ProbeParseException.class, () -> new LsofProbe().parse(
                new ProbeOutput("COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME\n" + line + "\n", 0), List.of()));
        assertEquals("lsof: line 2: number too large: " + TOO_LONG + ": '" + line + "'", lsof.getMessage());
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String odd : ODD) {
            texts.add(odd);
            texts.add(odd.replace("\n", "\r\n") + "\r\n");
            for (String readable : List.of("Hostname : ftd01", "* Trying 192.0.2.20:443...", "curl-exit=0",
                    "Server:\t\t192.0.2.10", "unix  2      [ ACC ]     STREAM     LISTENING     382276   /p",
                    "EventHandler (normal) - Running 7741")) {
                texts.add(readable + "\n" + odd + "\n");
            }
        }
        return texts;
    }

    private static List<String> arguments(Probe<?> probe) {
        if (probe.arguments().isEmpty()) {
            return List.of();
        }
        // the words after a probe's options: a URL for curl, a name for nslookup
        return probe.arguments().contains("URL") ? List.of("https://api-sse.cisco.com/") : List.of("api-sse.cisco.com");
    }

    private static String abbreviated(String text) {
        String shown = text.replace("\r", "\\r").replace("\n", "\\n");
        return shown.length() > 100 ? shown.substring(0, 100) + "..." : shown;
    }
}
