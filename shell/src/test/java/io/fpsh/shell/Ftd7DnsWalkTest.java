package io.fpsh.shell;

import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.ShowNetworkParser;
import io.fpsh.ftd.ShowVersionParser;
import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's DNS section ("Problèmes de connectivité dus à la résolution DNS"), typed into {@code fpsh < session}
 * on the FTD 7.x labs that plant its fault, read in each version's own forms: the 7.x banner, show version's LSP
 * line, show network in 7.4's layout (ftd74-dns) or 7.2's (ftd72-dns); then curl -v fails with 6, nslookup times
 * out, the guide's {@code configure network dns} fixes resolv.conf, nslookup answers, curl reaches the server (403),
 * and after {@code pmtool restartbyid SSEConnector} the connector's websocket is up (lsof, connector.log).
 */
@ExtraJvm
class Ftd7DnsWalkTest {
    private static final String DEAD = "192.0.2.10";
    private static final String WORKING = "192.0.2.11";

    @ParameterizedTest
    @ValueSource(strings = {"ftd74-dns", "ftd72-dns"})
    void theGuidesDnsSectionWalksInTheLabsOwnForms(String name) throws Exception {
        Path home = FpshProcess.tempHome();
        Path lab = FastLab.write(home, name);
        String host = name.startsWith("ftd74") ? "ftd74" : "ftd72";
        String root = "root@" + host + ":~# ";
        String session = String.join("\n",
                "show version",
                "show network",
                "expert",
                "sudo su -",
                "Admin123",
                "curl -v -k https://api-sse.cisco.com",
                "nslookup api-sse.cisco.com",
                "cat /etc/resolv.conf",
                "exit",
                "exit",
                "configure network dns " + WORKING,
                "show network",
                "expert",
                "sudo su -",
                "cat /etc/resolv.conf",
                "nslookup api-sse.cisco.com",
                "curl -v -k https://api-sse.cisco.com",
                "pmtool restartbyid SSEConnector",
                "lsof -n -P -i | grep ':443'",
                "tail -n 1 /ngfw/var/log/connector/connector.log",
                "");
        FpshProcess.Result result = FpshProcess.runOnLab(home, session, "--lab", lab.toString());
        Transcript walk = new Transcript(result.out());
        assertEquals("", result.err());

        // the 7.x banner: FX-OS instead of Fire Linux [SRC B9]
        String banner = walk.before("> show version");
        assertTrue(banner.contains("Cisco Firepower Extensible Operating System (FX-OS) v2."), banner);
        assertFalse(banner.contains("Fire Linux"), banner);
        String version = walk.after("> show version", "> show network");
        assertTrue(ShowVersionParser.parse(version).lspVersion().startsWith("lsp-rel-"), version);
        assertFalse(version.contains("Rules update version"), version);

        String before = walk.after("> show network", "> expert");
        NetworkInfo planted = ShowNetworkParser.parse(before);
        assertEquals(List.of(DEAD), planted.dnsServers());
        assertEquals("management0", planted.managementInterface().name());
        if (host.equals("ftd74")) {
            // 7.4 [SRC B1]: DNS from router, admin speeds, lowercase states, no broadcast, lines padded to 52
            assertEquals("enabled", planted.dnsFromRouter());
            assertEquals("1gbps", planted.managementInterface().adminSpeed());
            assertTrue(before.contains("\nAdmin State               : enabled                 \n"), before);
            assertNull(planted.managementInterface().broadcast());
            assertTrue(before.lines().allMatch(line -> line.length() == 52), before);
        } else {
            // 7.2 [UNVERIFIED]: the 6.x fields, no 7.4 lines
            assertNull(planted.dnsFromRouter());
            assertNull(planted.managementInterface().link());
            assertEquals("192.0.2.255", planted.managementInterface().broadcast());
            assertFalse(before.contains("Admin State"), before);
        }

        String curlDead = walk.after(root + "curl -v -k https://api-sse.cisco.com", root + "nslookup");
        assertTrue(curlDead.endsWith("curl: (6) Couldn't resolve host 'api-sse.cisco.com'\n"), curlDead);
        assertEquals(";; connection timed out; no servers could be reached\n\n",
                walk.after(root + "nslookup api-sse.cisco.com", root + "cat /etc/resolv.conf"));
        assertTrue(walk.after(root + "cat /etc/resolv.conf", root + "exit").startsWith("nameserver " + DEAD + "\n"));

        assertEquals("", walk.after("> configure network dns " + WORKING, "> show network"));
        String after = walk.after("> configure network dns " + WORKING + "\n> show network", "> expert");
        assertEquals(List.of(WORKING), ShowNetworkParser.parse(after).dnsServers());
        assertEquals(planted.managementInterface(), ShowNetworkParser.parse(after).managementInterface());

        String resolv = walk.afterLast(root + "cat /etc/resolv.conf", root + "nslookup");
        assertTrue(resolv.startsWith("nameserver " + WORKING + "\n"), resolv);
        String answer = walk.afterLast(root + "nslookup api-sse.cisco.com", root + "curl");
        assertTrue(answer.startsWith("Server:\t\t" + WORKING + "\nAddress:\t" + WORKING + "#53\n\nNon-authoritative answer:\n"
                + "Name:\tapi-sse.cisco.com\nAddress: 198.51.100.66\n"), answer);
        String curl = walk.afterLast(root + "curl -v -k https://api-sse.cisco.com", root + "pmtool");
        assertTrue(curl.contains("* Connected to api-sse.cisco.com (198.51.100.66) port 443 (#0)\n"), curl);
        assertTrue(curl.contains("< HTTP/1.1 403 Forbidden"), curl);

        String sockets = walk.afterLast(root + "lsof -n -P -i | grep ':443'", root + "tail");
        assertTrue(sockets.matches("(?s)connector +\\d+ +www .*->198\\.51\\.100\\.246:443 \\(ESTABLISHED\\)\n"), sockets);
        String log = walk.afterLast(root + "tail -n 1 /ngfw/var/log/connector/connector.log", root);
        assertTrue(log.contains("websocket connected to wss://eventing-ingest.sse.itd.cisco.com/events"), log);
        assertTrue(log.contains("[" + host + "]"), log);
    }

    /** A piped session's screen, read between the echoed prompt lines. */
    private record Transcript(String text) {
        String before(String marker) {
            int at = text.indexOf(marker);
            assertTrue(at >= 0, "no '" + marker + "' in:\n" + text);
            return text.substring(0, at);
        }

        /** What follows the first {@code marker} line up to the next {@code next}. */
        String after(String marker, String next) {
            return between(text.indexOf(marker + "\n"), marker, next);
        }

        /** The same from the last {@code marker} line: the walk's second round. */
        String afterLast(String marker, String next) {
            return between(text.lastIndexOf(marker + "\n"), marker, next);
        }

        private String between(int at, String marker, String next) {
            assertTrue(at >= 0, "no '" + marker + "' line in:\n" + text);
            int from = at + marker.length() + 1;
            int to = text.indexOf(next, from);
            assertTrue(to >= 0, "no '" + next + "' after '" + marker + "' in:\n" + text);
            return text.substring(from, to);
        }
    }
}
