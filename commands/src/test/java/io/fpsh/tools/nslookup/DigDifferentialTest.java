package io.fpsh.tools.nslookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.TestNetwork;
import io.fpsh.testkind.RealTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** fpsh's dig +short against the real BIND 9.18 dig on the same test server (port masked). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DigDifferentialTest {

    @RegisterExtension
    static final LabZoneServer lab = new LabZoneServer();

    @ParameterizedTest(name = "dig {0}")
    @ValueSource(strings = {"+short ftd01.lab.test", "+short multi.lab.test", "+short www.lab.test",
            "+short nosuch.lab.test", "+short broken.lab.test", "+short refused.lab.test",
            "+short dual.lab.test AAAA", "+short -t MX lab.test", "+short -x 127.0.0.10",
            "+short +time=1 +tries=1 slow.lab.test", "+short +time=1 +retry=1 slow.lab.test"})
    @RealTool

    void matchesTheRealDig(String words) throws Exception {
        List<String> args = new ArrayList<>(List.of("-p", String.valueOf(lab.port()), "@127.0.0.1"));
        args.addAll(Arrays.asList(words.split(" ")));
        lab.assertMatchesReal("/usr/bin/dig", args, (resolver, network) -> new Dig(resolver, network, "9.18.49")::run);
    }

    @Test
    void replaysTheRecordedShortCases() throws Exception {
        Path transcripts = io.fpsh.testing.SharedReference.transcripts();
        assumeTrue(Files.isDirectory(transcripts.resolve("b1-found-dig")), "transcripts not available");
        TestNetwork network = new TestNetwork().route("127.0.0.53", 53, lab.server().endpoint());
        Dig dig = new Dig(ResolvConf.parse("nameserver 127.0.0.53\n"), network, "9.18.49-1~deb12u3-Debian");
        for (String name : List.of("b1-found-dig", "b2-nxdomain-dig", "b3-servfail-dig", "b6-dig-server")) {
            Path folder = transcripts.resolve(name);
            String command = Files.readString(folder.resolve("cmd")).trim();
            List<String> args = Arrays.asList(command.substring("dig ".length()).split(" "));
            Captured expected = new Captured(Files.readString(folder.resolve("stdout"), StandardCharsets.UTF_8),
                    Files.readString(folder.resolve("stderr"), StandardCharsets.UTF_8),
                    Integer.parseInt(Files.readString(folder.resolve("rc")).trim()));
            assertEquals(expected, Captured.fpsh(dig::run, args), name);
        }
    }
}
