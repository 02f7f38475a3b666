package io.fpsh.tools.nslookup;

import io.fpsh.testkind.RealTool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** fpsh's host against the real BIND 9.18 host on the same test server (its port masked). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostDifferentialTest {

    @RegisterExtension
    static final LabZoneServer lab = new LabZoneServer();

    /** The words before the server: the name (and options); the server is always the test one. */
    @ParameterizedTest(name = "host {0}")
    @ValueSource(strings = {"ftd01.lab.test", "www.lab.test", "multi.lab.test", "dual.lab.test", "six.lab.test",
            "lab.test", "dangling.lab.test", "nosuch.lab.test", "broken.lab.test", "refused.lab.test",
            "-t MX lab.test", "-t TXT lab.test", "-t NS lab.test", "-t SOA lab.test", "-t SRV _https._tcp.lab.test",
            "-t MX ftd01.lab.test", "-t AAAA www.lab.test", "-t A nosuch.lab.test", "127.0.0.10", "127.0.0.11",
            "-W 1 -R 0 slow.lab.test", "-W 1 -R 2 slow.lab.test", "-W 1 slow.lab.test", "-V"})
    @RealTool
    void matchesTheRealHost(String words) throws Exception {
        List<String> args = new ArrayList<>(List.of("-p", String.valueOf(lab.port())));
        args.addAll(Arrays.asList(words.split(" ")));
        args.add("127.0.0.1");
        lab.assertMatchesReal("/usr/bin/host", args,
                (resolver, network) -> new Host(resolver, network, "9.18.49-1~deb12u3-Debian")::run);
    }
}
