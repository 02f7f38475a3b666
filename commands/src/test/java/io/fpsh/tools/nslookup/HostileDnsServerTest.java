package io.fpsh.tools.nslookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.net.HostResolver;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.StubResolver;
import io.fpsh.net.dns.TestNetwork;
import io.fpsh.testkind.RealTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Servers that answer with malformed packets: fpsh's nslookup and dig +short must print what the real BIND 9.18
 * tools print (";; Warning: ID mismatch ...", ";; Got bad packet: ..." and its dump) and exit as they do, and the
 * stub resolver must come back with an outcome instead of an exception. Query IDs are random, so they are masked.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileDnsServerTest {

    private static final String REAL_NSLOOKUP = "/usr/bin/nslookup";
    private static final String REAL_DIG = "/usr/bin/dig";

    @RealTool
    @ParameterizedTest(name = "nslookup, {0}")
    @EnumSource(MalformedDnsServer.Damage.class)
    void nslookupSaysWhatBindSays(MalformedDnsServer.Damage damage) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(REAL_NSLOOKUP)), "real nslookup not installed");
        try (MalformedDnsServer server = new MalformedDnsServer(damage)) {
            List<String> args = List.of("-port=" + server.port(), "-timeout=1", "-retry=1", "ftd01.lab.test", "127.0.0.1");
            Captured real = masked(Captured.real(REAL_NSLOOKUP, args).maskPort(server.port()));
            Nslookup nslookup = new Nslookup(ResolvConf.of(IpLiteral.parse("127.0.0.1").orElseThrow()), network(server),
                    "9.18.49-1~deb12u3-Debian");
            Captured fpsh = masked(Captured.fpsh(nslookup::run, args).maskPort(server.port()));
            assertEquals(real, fpsh);
        }
    }

    @RealTool
    @ParameterizedTest(name = "dig +short, {0}")
    @EnumSource(MalformedDnsServer.Damage.class)
    void digSaysWhatBindSays(MalformedDnsServer.Damage damage) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(REAL_DIG)), "real dig not installed");
        try (MalformedDnsServer server = new MalformedDnsServer(damage)) {
            List<String> args = List.of("-p", String.valueOf(server.port()), "@127.0.0.1", "+short", "+time=1", "+tries=1",
                    "ftd01.lab.test");
            Captured real = masked(Captured.real(REAL_DIG, args).maskPort(server.port()));
            Dig dig = new Dig(ResolvConf.of(IpLiteral.parse("127.0.0.1").orElseThrow()), network(server), "9.18.49");
            Captured fpsh = masked(Captured.fpsh(dig::run, args).maskPort(server.port()));
            assertEquals(real, fpsh);
        }
    }

    @ParameterizedTest(name = "stub resolver, {0}")
    @EnumSource(MalformedDnsServer.Damage.class)
    void stubResolverReturnsAnOutcome(MalformedDnsServer.Damage damage) throws Exception {
        try (MalformedDnsServer server = new MalformedDnsServer(damage)) {
            TestNetwork network = new TestNetwork().route("127.0.0.53", 53, server.endpoint());
            StubResolver resolver = new StubResolver(ResolvConf.parse("nameserver 127.0.0.53\noptions timeout:1 attempts:1\n"),
                    network);
            HostResolver.Resolution resolution = resolver.resolve("ftd01.lab.test", Duration.ofSeconds(5));
            assertFalse(resolution.outcome() == HostResolver.Outcome.RESOLVED, resolution.toString());
        }
    }

    private static TestNetwork network(MalformedDnsServer server) {
        return new TestNetwork().route("127.0.0.1", server.port(), server.endpoint());
    }

    /** Query IDs differ per run: in the warnings, and as the first two bytes of the dump (hex and text). */
    private static Captured masked(Captured c) {
        String out = c.stdout()
                .replaceAll("expected ID \\d+, got \\d+", "expected ID X, got Y")
                .replaceAll("(?m)(^\\d+ bytes\\n)[0-9a-f]{2} [0-9a-f]{2} (.{42}         )..", "$1ID ID $2ID");
        return new Captured(out, c.stderr(), c.exitCode());
    }
}
