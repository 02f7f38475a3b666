package io.fpsh.tools.nslookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.TestDnsServer;
import io.fpsh.net.dns.TestNetwork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recorded BIND 9.18.49 transcripts (tool-transcripts/b*), byte for byte: the lab's dnsmasq 127.0.0.53 is a
 * virtual address here, routed to a test server, so the text shows the very same "127.0.0.53#53".
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NslookupTranscriptTest {

    private static final Path TRANSCRIPTS = io.fpsh.testing.SharedReference.transcripts();
    private static TestDnsServer dnsmasq;

    @BeforeAll
    static void startLabDns() throws Exception {
        dnsmasq = LabZone.authoritative();
    }

    @AfterAll
    static void stopLabDns() {
        dnsmasq.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"b1-found", "b1-found-dual", "b1-found-multi", "b2-nxdomain", "b2-nxdomain-invalid",
            "b3-servfail", "b4-timeout-t1r1", "b6-server-ip", "b6-server-ip-nx", "b6-server-name"})
    void replaysTheRecordedCase(String name) throws Exception {
        Path folder = TRANSCRIPTS.resolve(name);
        assumeTrue(Files.isDirectory(folder), "transcripts not available");
        String command = read(folder, "cmd").trim();
        List<String> args = Arrays.asList(command.substring("nslookup ".length()).split(" "));
        // 127.0.0.55 (the black hole) has no route: its datagrams are lost
        TestNetwork network = new TestNetwork().route("127.0.0.53", 53, dnsmasq.endpoint());
        Nslookup nslookup = new Nslookup(ResolvConf.parse("nameserver 127.0.0.53\n"), network,
                "9.18.49-1~deb12u3-Debian");
        Captured expected = new Captured(read(folder, "stdout"), read(folder, "stderr"),
                Integer.parseInt(read(folder, "rc").trim()));
        assertEquals(expected, Captured.fpsh(nslookup::run, args));
    }

    private static String read(Path folder, String file) throws Exception {
        return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
    }
}
