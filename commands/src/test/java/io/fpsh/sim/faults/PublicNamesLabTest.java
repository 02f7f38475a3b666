package io.fpsh.sim.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.fpsh.sim.faults.FaultLab.assertHas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the lab does not define, asked through the simulated nslookup and curl: a working resolver answers them
 * with an address outside the lab (203.0.113.0/24), which the gateway reports unreachable at once; a broken one
 * fails for them as for every name; the lab's own faults still win.
 */
@Timeout(20)
class PublicNamesLabTest {
    private static final Pattern PUBLIC_ANSWER = Pattern.compile(
            "Server:\t\t192\\.0\\.2\\.11\nAddress:\t192\\.0\\.2\\.11#53\n\nNon-authoritative answer:\nName:\t(\\S+)\n"
                    + "Address: (203\\.0\\.113\\.(\\d+))\n\n");

    @TempDir
    Path dir;

    /** The default lab after the guide's fix, as root. */
    private FaultLab fixedDefaultLab() {
        FaultLab lab = FaultLab.open(dir, "ftd01-dns");
        lab.run("configure network dns servers 192.0.2.11", 0);
        return lab.asRoot();
    }

    /** The public address nslookup shows for {@code name}, after checking the whole answer. */
    private static String publicAddress(FaultLab lab, String name) {
        String out = lab.run("nslookup " + name, 0).stdout();
        Matcher answer = PUBLIC_ANSWER.matcher(out);
        assertTrue(answer.matches(), () -> "not a public answer:\n" + out);
        assertEquals(name.replaceAll("\\.$", ""), answer.group(1)); // nslookup shows no trailing dot
        int host = Integer.parseInt(answer.group(3));
        assertTrue(host >= 1 && host <= 254, "neither network nor broadcast address: " + out);
        return answer.group(2);
    }

    @Test
    void theFixedResolverAnswersPublicNamesAndCurlFindsNoRouteToThem() {
        String cisco;
        try (FaultLab lab = fixedDefaultLab()) {
            cisco = publicAddress(lab, "cisco.com");
            String www = publicAddress(lab, "www.cisco.com");
            assertEquals(cisco, publicAddress(lab, "CISCO.COM."), "the same name, the same address");
            assertNotEquals(cisco, publicAddress(lab, "google.com"));
            assertNotEquals(cisco, www);
            assertEquals("""
                    * Rebuilt URL to: https://cisco.com/
                    *   Trying %1$s...
                    * connect to %1$s port 443 failed: No route to host
                    * Failed to connect to cisco.com port 443: No route to host
                    * Closing connection 0
                    curl: (7) Failed to connect to cisco.com port 443: No route to host
                    """.formatted(cisco), lab.run("curl -v -k https://cisco.com", 7).stderr());
            assertEquals("curl: (7) Failed to connect to www.cisco.com port 80: No route to host\n",
                    lab.run("curl -s -S http://www.cisco.com/", 7).stderr());
            // the lab's own names are untouched
            assertHas(lab.out("nslookup api-sse.cisco.com"), "Address: 198.51.100.66");
            assertEquals("Forbidden", lab.out("curl -s -k https://api-sse.cisco.com"));
        }
        try (FaultLab other = FaultLab.open(dir, "ftd01-servfail").asRoot()) {
            assertEquals(cisco, publicAddress(other, "cisco.com"), "stable across labs and runs");
        }
    }

    @Test
    void namesThatCannotExistStayNxdomain() {
        try (FaultLab lab = fixedDefaultLab()) {
            for (String name : new String[] {"api-sse.invalid", "ftd01.lab.test", "printer.local", "localhost.localhost", "nosuchtld"}) {
                assertEquals("Server:\t\t192.0.2.11\nAddress:\t192.0.2.11#53\n\n** server can't find " + name + ": NXDOMAIN\n\n",
                        lab.run("nslookup " + name, 1).stdout());
            }
            String cisco = publicAddress(lab, "cisco.com");
            String[] bytes = cisco.split("\\.");
            String reverse = bytes[3] + "." + bytes[2] + "." + bytes[1] + "." + bytes[0] + ".in-addr.arpa";
            assertEquals("** server can't find " + reverse + ": NXDOMAIN\n\n", lab.run("nslookup " + cisco, 1).stdout());
        }
    }

    @Test
    void theBrokenResolverFailsForPublicNamesToo() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns").asRoot()) {
            assertEquals(";; connection timed out; no servers could be reached\n\n", lab.run("nslookup cisco.com", 1).stdout());
            assertEquals("curl: (6) Couldn't resolve host 'cisco.com'\n", lab.run("curl -s -S https://cisco.com", 6).stderr());
        }
    }

    @Test
    void theLabsOwnDnsFaultsStillWin() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-nxdomain").asRoot()) {
            assertHas(lab.run("nslookup api-sse.cisco.com", 1).stdout(), "** server can't find api-sse.cisco.com: NXDOMAIN");
            lab.run("curl -s https://api-sse.cisco.com", 6);
            publicAddress(lab, "cisco.com");
        }
        try (FaultLab lab = FaultLab.open(dir, "ftd01-servfail").asRoot()) {
            assertHas(lab.run("nslookup api-sse.cisco.com", 1).stdout(), "** server can't find api-sse.cisco.com: SERVFAIL");
            publicAddress(lab, "www.google.com");
        }
    }

    @Test
    void reverseNamesResolveBackToTheirAddress() {
        try (FaultLab lab = fixedDefaultLab()) {
            assertEquals("234.100.51.198.in-addr.arpa\tname = ec2-198-51-100-234.compute-1.amazonaws.com.\n\n"
                    + "Authoritative answers can be found from:\n\n", lab.run("nslookup 198.51.100.234", 0).stdout());
            assertEquals("Server:\t\t192.0.2.11\nAddress:\t192.0.2.11#53\n\nNon-authoritative answer:\n"
                            + "Name:\tec2-198-51-100-234.compute-1.amazonaws.com\nAddress: 198.51.100.234\n\n",
                    lab.run("nslookup ec2-198-51-100-234.compute-1.amazonaws.com", 0).stdout());
        }
    }

    @Test
    void aLabCanHaveTheInternetDropOrRefuse() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns", yaml -> yaml.replace("network:\n", "network:\n  internet: drop\n"))) {
            lab.run("configure network dns servers 192.0.2.11", 0);
            lab.asRoot();
            assertTrue(lab.run("curl -s -S --connect-timeout 1 https://cisco.com", 28).stderr()
                    .matches("curl: \\(28\\) Connection timed out after 1\\d{3} milliseconds\n"));
        }
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns", yaml -> yaml.replace("network:\n", "network:\n  internet: reject\n"))) {
            lab.run("configure network dns servers 192.0.2.11", 0);
            lab.asRoot();
            assertEquals("curl: (7) Failed to connect to cisco.com port 443: Connection refused\n",
                    lab.run("curl -s -S https://cisco.com", 7).stderr());
        }
    }

    @Test
    void theLabsProxyCannotReachThemEither() {
        // the proxy resolves with the lab's DNS, gets the public address and its own "no route": Squid's 503
        try (FaultLab lab = FaultLab.open(dir, "ftd01-proxy").asRoot()) {
            assertEquals("curl: (56) Received HTTP code 503 from proxy after CONNECT\n",
                    lab.run("curl -s -S -x http://proxyuser:Pr0xy2020@192.0.2.50:3128 https://cisco.com", 56).stderr());
        }
    }

    @Test
    void modernCurlSaysItCouldNotConnect() {
        // curl 7.88.1 (checked against the real one, an ICMP host unreachable from a router in a network namespace)
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns", yaml -> yaml.replace("curlVersion: 7.44.0", "curlVersion: 7.88.1"))) {
            lab.run("configure network dns servers 192.0.2.11", 0);
            lab.asRoot();
            String cisco = publicAddress(lab, "cisco.com");
            String trace = lab.run("curl -s -v https://cisco.com/", 7).stderr().replaceAll("after \\d+ ms", "after N ms");
            assertEquals("""
                    *   Trying %1$s:443...
                    * connect to %1$s port 443 failed: No route to host
                    * Failed to connect to cisco.com port 443 after N ms: Couldn't connect to server
                    * Closing connection 0
                    """.formatted(cisco), trace);
        }
    }
}
