package io.fpsh.tools.nslookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.TestDnsServer;
import io.fpsh.net.dns.TestNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lab zone's authoritative server ({@link LabZone#authoritative}) for one test class, started before its first
 * test and closed after its last ({@code @RegisterExtension static}), and the side-by-side run of a real BIND tool
 * and fpsh's on it.
 */
final class LabZoneServer implements BeforeAllCallback, AfterAllCallback {

    private TestDnsServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = LabZone.authoritative();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    TestDnsServer server() {
        return server;
    }

    int port() {
        return server.port();
    }

    /**
     * Runs {@code realBinary} and fpsh's tool (made by {@code tool} from a resolver and a network that reach this
     * server as 127.0.0.1) on the same {@code args}, and asserts they print and exit alike but for the port.
     * Skipped where the real binary is not installed.
     */
    void assertMatchesReal(String realBinary, List<String> args,
            BiFunction<ResolvConf, TestNetwork, Captured.Tool> tool) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(realBinary)), realBinary + " not installed");
        Captured real = Captured.real(realBinary, args).maskPort(port());
        TestNetwork network = new TestNetwork().route("127.0.0.1", port(), server.endpoint());
        ResolvConf resolver = ResolvConf.of(IpLiteral.parse("127.0.0.1").orElseThrow());
        assertEquals(real, Captured.fpsh(tool.apply(resolver, network), args).maskPort(port()));
    }
}
