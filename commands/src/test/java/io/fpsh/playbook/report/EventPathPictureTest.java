package io.fpsh.playbook.report;

import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.EventPath;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.Hop;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event path's picture: boxes in Unicode or ASCII as the locale allows, within 80 columns, the first break marked. */
class EventPathPictureTest {

    private static DeviceRun dnsBroken() {
        List<StepResult> steps = new ArrayList<>();
        steps.add(step("eh", Hop.EVENT_HANDLER, Verdict.PASS));
        steps.add(step("sock", Hop.UNIX_SOCKET, Verdict.PASS));
        steps.add(step("conn", Hop.SSE_CONNECTOR, Verdict.PASS));
        steps.add(step("dns", Hop.DNS, Verdict.FAIL, "DNS-SERVER-DEAD"));
        steps.add(step("tcp", Hop.TCP_443, Verdict.BLOCKED));
        steps.add(step("tls", Hop.TLS, Verdict.BLOCKED));
        steps.add(step("sse", Hop.SSE, Verdict.UNREACHABLE));
        return new DeviceRun("xdr-health", "lab:test", Verdict.FAIL, steps, 1);
    }

    @Test
    void unicodeBoxesWithTheFirstBrokenHopHeavyAndPointedAt() {
        String picture = EventPathPicture.render(EventPath.of(dnsBroken()), true, 80);
        assertEquals("""
                Event path:
                ┌──────────────────┐   ┌─────────────┐   ┌──────────────┐   ┏━━━━━━━━┓
                │ FTD EventHandler │──▶│ unix socket │──▶│ SSEConnector │──▶┃ DNS    ┃──▶
                │ ✓ PASS           │   │ ✓ PASS      │   │ ✓ PASS       │   ┃ ✗ FAIL ┃
                └──────────────────┘   └─────────────┘   └──────────────┘   ┗━━━━━━━━┛
                                                                             ▲ first broken hop
                   ┌───────────┐   ┌───────────┐   ┌───────────────┐   ┌───────────────┐
                ──▶│ TCP 443   │──▶│ TLS       │──▶│ SSE           │──▶│ XDR           │
                   │ – BLOCKED │   │ – BLOCKED │   │ ? UNREACHABLE │   │ · not checked │
                   └───────────┘   └───────────┘   └───────────────┘   └───────────────┘
                DNS: DNS-SERVER-DEAD (first broken hop)
                """, picture);
    }

    @Test
    void plainAsciiWhenTheLocaleCannotShowUnicode() {
        String picture = EventPathPicture.render(EventPath.of(dnsBroken()), false, 80);
        assertTrue(picture.chars().allMatch(c -> c < 128), picture);
        assertTrue(picture.contains("#========#"), picture);
        assertTrue(picture.contains("-->#"), picture);
        assertTrue(picture.contains("# x FAIL #"), picture);
        assertTrue(picture.contains(" ^ first broken hop\n"), picture);
        assertTrue(picture.contains("| + PASS      |"), picture);
        assertTrue(picture.endsWith("DNS: DNS-SERVER-DEAD (first broken hop)\n"), picture);
    }

    @Test
    void everyLineFitsTheWidthAndTheChainWrapsInPathOrder() {
        for (boolean unicode : List.of(true, false)) {
            for (int width : List.of(80, 60, 40, 160)) {
                String picture = EventPathPicture.render(EventPath.of(dnsBroken()), unicode, width);
                picture.lines().forEach(line -> assertTrue(line.codePointCount(0, line.length()) <= width,
                        width + " columns: " + line));
                List<Integer> at = new ArrayList<>();
                for (Hop hop : Hop.values()) {
                    at.add(picture.indexOf(" " + hop.label() + " "));
                }
                assertFalse(at.contains(-1), picture);
                assertEquals(at.stream().sorted().toList(), at, "hops in path order:\n" + picture);
            }
        }
        assertEquals(7, EventPathPicture.render(EventPath.of(dnsBroken()), true, 160).lines().count(),
                "title, one row of boxes where they fit (4 lines), the pointer, the findings");
    }

    /** A hop's findings wrap between ids to the width, the following lines indented. */
    @Test
    void manyFindingsOnAHopWrapToTheWidth() {
        DeviceRun run = new DeviceRun("xdr-health", "lab:test", Verdict.FAIL, List.of(step("eh", Hop.EVENT_HANDLER,
                Verdict.FAIL, "EVENTHANDLER-DOWN", "EVENTHANDLER-SOCKET-UNCONNECTED", "CONNECTOR-DOWN")), 1);
        String picture = EventPathPicture.render(EventPath.of(run), false, 80);
        assertTrue(picture.endsWith("FTD EventHandler: EVENTHANDLER-DOWN, EVENTHANDLER-SOCKET-UNCONNECTED,\n"
                + "    CONNECTOR-DOWN (first broken hop)\n"), picture);
        String narrow = EventPathPicture.render(EventPath.of(run), true, 40);
        narrow.lines().forEach(line -> assertTrue(line.length() <= 40, line));
        assertTrue(narrow.endsWith("FTD EventHandler: EVENTHANDLER-DOWN,\n    EVENTHANDLER-SOCKET-UNCONNECTED,\n"
                + "    CONNECTOR-DOWN (first broken hop)\n"), narrow);
    }

    @Test
    void aHealthyPathSaysNothingIsBroken() {
        DeviceRun run = new DeviceRun("xdr-health", "lab:test", Verdict.PASS,
                List.of(step("dns", Hop.DNS, Verdict.PASS), step("tls", Hop.TLS, Verdict.WARN, "SOMETHING-SLOW")), 1);
        String picture = EventPathPicture.render(EventPath.of(run), true, 80);
        assertFalse(picture.contains("first broken"), picture);
        assertFalse(picture.contains("┏"), picture);
        assertTrue(picture.contains("│ ! WARN │"), picture);
        assertTrue(picture.endsWith("TLS: SOMETHING-SLOW\nNo hop is broken.\n"), picture);
    }

    @Test
    void onlyXdrHealthEndsWithThePicture() {
        assertTrue(EventPathPicture.forTerminal(dnsBroken()).isPresent());
        DeviceRun dns = new DeviceRun("dns", "lab:test", Verdict.FAIL, dnsBroken().steps(), 1);
        assertTrue(EventPathPicture.forTerminal(dns).isEmpty());
    }

    /** The locale decides as setlocale does: LC_ALL, then LC_CTYPE, then LANG; UTF-8 codesets only. */
    @Test
    void theLocaleDecidesUnicode() {
        assertFalse(LocaleCharset.unicode(Map.of()));
        assertTrue(LocaleCharset.unicode(Map.of("LANG", "en_US.UTF-8")));
        assertTrue(LocaleCharset.unicode(Map.of("LANG", "de_DE.utf8")));
        assertTrue(LocaleCharset.unicode(Map.of("LC_CTYPE", "C.UTF-8")));
        assertTrue(LocaleCharset.unicode(Map.of("LANG", "sr_RS.UTF-8@latin")));
        assertFalse(LocaleCharset.unicode(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "C")));
        assertFalse(LocaleCharset.unicode(Map.of("LANG", "en_US.UTF-8", "LC_CTYPE", "POSIX")));
        assertTrue(LocaleCharset.unicode(Map.of("LC_ALL", "", "LANG", "en_GB.UTF-8")));
        assertFalse(LocaleCharset.unicode(Map.of("LANG", "en_US.ISO-8859-1")));
        assertFalse(LocaleCharset.unicode(Map.of("LANG", "en_US")));
        assertFalse(LocaleCharset.unicode(Map.of("LANG", "C")));
    }

    private static StepResult step(String id, Hop hop, Verdict verdict, String... findings) {
        List<Finding> found = new ArrayList<>();
        for (String finding : findings) {
            found.add(new Finding(new FindingKind(finding, finding, "", verdict == Verdict.WARN ? Verdict.WARN : Verdict.FAIL, ""),
                    id, "", "", List.of(), false));
        }
        return new StepResult(id, id, hop, verdict, "", found, List.of(), 0, null);
    }
}
