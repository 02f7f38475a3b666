package io.fpsh.probe;

import io.fpsh.testing.SharedReference;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The nslookup probe's reader on the real nslookup 9.18.49 (shared/reference/tool-transcripts, the b* cases) and on
 * 9.11's words as the guide shows them from a 6.x FTD.
 */
class NslookupProbeTranscriptTest {
    private static final String DNS = "127.0.0.53";

    @Test
    void readsEveryRecordedNslookupCase() throws Exception {
        assertCase("b1-found", DNS, DNS, "NOERROR", a("ftd01.lab.test", "127.0.0.10"));
        assertCase("b1-found-dual", DNS, DNS, "NOERROR", a("dual.lab.test", "127.0.0.41"),
                new DnsLookup.Answer("dual.lab.test", "AAAA", "::1"));
        assertCase("b1-found-multi", DNS, DNS, "NOERROR", a("multi.lab.test", "127.0.0.42"), a("multi.lab.test", "127.0.0.43"));
        assertCase("b2-nxdomain", DNS, DNS, "NXDOMAIN");
        assertCase("b2-nxdomain-invalid", DNS, DNS, "NXDOMAIN");
        assertCase("b3-servfail", DNS, DNS, "SERVFAIL");
        assertCase("b4-timeout-default", null, null, "TIMEOUT");
        assertCase("b4-timeout-t1r1", null, null, "TIMEOUT");
        assertCase("b4-timeout-via-dnsmasq", null, null, "TIMEOUT");
        assertCase("b6-server-ip", DNS, DNS, "NOERROR", a("ftd01.lab.test", "127.0.0.10"));
        assertCase("b6-server-ip-nx", DNS, DNS, "NXDOMAIN");
        assertCase("b6-server-name", "dns.lab.test", DNS, "NOERROR", a("ftd01.lab.test", "127.0.0.10"));
    }

    @Test
    void readsBind911sTimeoutAsTheGuideShowsIt() throws Exception {
        DnsLookup lookup = new NslookupProbe().parse(
                new ProbeOutput(";; connection timed out; no servers could be reached\n\n", 1), List.of("api-sse.cisco.com"));
        assertEquals(new DnsLookup("api-sse.cisco.com", null, null, "TIMEOUT", List.of()), lookup);
    }

    @Test
    void readsCnameChainsAndReverseAnswers() throws Exception {
        String cname = "Server:\t\t192.0.2.11\nAddress:\t192.0.2.11#53\n\nNon-authoritative answer:\n"
                + "www.lab.test\tcanonical name = alias.lab.test.\nalias.lab.test\tcanonical name = web.lab.test.\n"
                + "Name:\tweb.lab.test\nAddress: 127.0.0.40\n\n";
        assertEquals(List.of(new DnsLookup.Answer("www.lab.test", "CNAME", "alias.lab.test"),
                        new DnsLookup.Answer("alias.lab.test", "CNAME", "web.lab.test"), a("web.lab.test", "127.0.0.40")),
                new NslookupProbe().parse(new ProbeOutput(cname, 0), List.of("www.lab.test")).answers());
        String reverse = "66.100.51.198.in-addr.arpa\tname = ec2-198-51-100-66.compute-1.amazonaws.com.\n\n";
        assertEquals(List.of(new DnsLookup.Answer("66.100.51.198.in-addr.arpa", "PTR", "ec2-198-51-100-66.compute-1.amazonaws.com")),
                new NslookupProbe().parse(new ProbeOutput(reverse, 0), List.of("198.51.100.66")).answers());
    }

    @Test
    void somethingElseThanNslookupIsAParseErrorNamingTheLine() {
        ProbeParseException e = assertThrows(ProbeParseException.class, () -> new NslookupProbe()
                .parse(new ProbeOutput("-bash: nslookup: command not found\n", 127), List.of("x.test")));
        assertEquals("nslookup: line 1: not an nslookup line: '-bash: nslookup: command not found'", e.getMessage());
    }

    @Test
    void argumentsThatBashWouldSplitOrNslookupReadAsOptionsAreRefused() {
        NslookupProbe probe = new NslookupProbe();
        assertThrows(ProbeUsageException.class, () -> probe.checkArguments(List.of("a.test;reboot")));
        assertThrows(ProbeUsageException.class, () -> probe.checkArguments(List.of("-type=mx")));
        assertThrows(ProbeUsageException.class, () -> probe.checkArguments(List.of()));
    }

    private static DnsLookup.Answer a(String name, String address) {
        return new DnsLookup.Answer(name, "A", address);
    }

    private static void assertCase(String name, String server, String serverAddress, String status, DnsLookup.Answer... answers)
            throws IOException, ProbeParseException {
        Path dir = SharedReference.transcripts().resolve(name);
        List<String> args = Arrays.stream(Files.readString(dir.resolve("cmd")).strip().split(" ")).skip(1)
                .filter(word -> !word.startsWith("-")).toList();
        DnsLookup lookup = new NslookupProbe().parse(new ProbeOutput(Files.readString(dir.resolve("stdout")),
                Integer.parseInt(Files.readString(dir.resolve("rc")).strip())), args);
        assertEquals(new DnsLookup(args.get(0), server, serverAddress, status, List.of(answers)), lookup, name);
    }
}
