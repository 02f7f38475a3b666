package io.fpsh.tools.openssl;

import io.fpsh.lab.LabFile;
import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork.TcpRoute;
import io.fpsh.net.server.LabPki;
import io.fpsh.sim.network.LabCertificates;
import io.fpsh.sim.network.LabNetwork;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.testkind.RealTool;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * fpsh's s_client (OpenSSL 1.0.2's layout) against this machine's openssl s_client (3.x) on the same loopback TLS
 * server, a lab's, with the lab's CA file: the verify callback's lines, the chain's names, the server certificate,
 * the client CA names and the verify return code must agree once the version's name formats are made one
 * (1.0.2 prints the chain as /C=US/O=..., 3.x as C = US, O = ...; 3.x adds a:/v: lines and more summary lines).
 * Both run on the host's clock, so the labs' 2021 certificates have expired for both.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SClientDifferentialTest {
    private static final File REAL_OPENSSL = new File("/usr/bin/openssl");
    private static final Pattern DEPTH_OR_VERIFY = Pattern.compile("^(depth=\\d+ .*|verify (error|return):.*)$", Pattern.MULTILINE);
    private static final Pattern CHAIN_NAME = Pattern.compile("^ +(\\d+ s:|i:)(.*)$", Pattern.MULTILINE);
    private static final Pattern PEM = Pattern.compile("-----BEGIN CERTIFICATE-----\n[^-]+-----END CERTIFICATE-----\n");
    private static final Pattern VERIFY_CODE = Pattern.compile("Verify return code: \\d+ \\([^)]*\\)");

    @TempDir
    Path scratch;

    @ParameterizedTest(name = "{0} with -CAfile: {1}")
    @CsvSource({"ftd01-healthy, true", "ftd01-healthy, false", "ftd01-tls-inspection, true"})
    @RealTool
    void agreesWithTheRealOpenSsl(String labName, boolean caFile) throws Exception {
        assumeTrue(REAL_OPENSSL.canExecute(), "real openssl not installed");
        LabFile lab = LabDevices.read(labName);
        try (LabNetwork network = new LabNetwork(lab, Instant::now)) {
            InetAddress address = InetAddress.getByName("198.51.100.66");
            TcpRoute.Reach reach = (TcpRoute.Reach) network.tcp(address, 443);
            Path ca = scratch.resolve("connectorCA.pem");
            Files.writeString(ca, LabCertificates.of(lab).caBundlePem());
            List<String> args = new ArrayList<>(List.of("-connect", "127.0.0.1:" + reach.endpoint().getPort()));
            if (caFile) {
                args.addAll(List.of("-CAfile", ca.toString()));
            }
            String[] real = real(args);

            List<String> simArgs = new ArrayList<>(List.of("-connect", "198.51.100.66:443"));
            if (caFile) {
                simArgs.addAll(List.of("-CAfile", "/ngfw/etc/ssl/connectorCA.pem"));
            }
            byte[] bundle = Files.readAllBytes(ca);
            HostResolver noDns = (host, deadline) -> new HostResolver.Resolution(host, HostResolver.Outcome.NOT_FOUND, List.of(), null, java.time.Duration.ZERO);
            OpenSslEnvironment env = new OpenSslEnvironment(network, noDns,
                    path -> path.equals("/ngfw/etc/ssl/connectorCA.pem") ? Optional.of(bundle) : Optional.empty(), Instant::now, "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new SClient(env).run(simArgs, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String simOut = out.toString(StandardCharsets.UTF_8);
            String simErr = err.toString(StandardCharsets.UTF_8);

            assertEquals(Integer.parseInt(real[0]), status, "exit status");
            List<String> realCallback = all(DEPTH_OR_VERIFY, real[1] + real[2]);
            List<String> as102 = asOpenSsl102(realCallback);
            assertEquals(as102, all(DEPTH_OR_VERIFY, simErr), "the verify callback's lines, by 1.0.2's rules");
            assertEquals(chainNames(real[1]), chainNames(simOut).stream().map(SClientDifferentialTest::spaced).toList(), "the chain");
            assertEquals(all(PEM, real[1]), all(PEM, simOut), "the server certificate");
            List<String> realCodes = all(VERIFY_CODE, real[1]);
            assertEquals("Verify return code: " + lastError(realCallback), realCodes.get(realCodes.size() - 1).replace("-signed", " signed"),
                    "3.x reports its last error");
            assertEquals("Verify return code: " + lastError(as102), all(VERIFY_CODE, simOut).get(0),
                    "1.0.2 reports the error it stopped at");
        }
    }

    /**
     * The real 3.x callback's lines as 1.0.2 prints them. 3.x's s_client verifies with no depth limit, so it
     * forgives every error ({@code verify return:1}) and goes on; 1.0.2's verify depth is 0: it forgives an error
     * at depth 0 only, and stops at the first other one ({@code verify return:0}); it also stops after
     * "unable to verify the first certificate" (21). 3.0 writes "self-signed", 1.0.2 "self signed".
     */
    static List<String> asOpenSsl102(List<String> lines) {
        List<String> result = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("self-signed", "self signed");
            if (line.startsWith("depth=")) {
                depth = Integer.parseInt(line.substring(6, line.indexOf(' ')));
            }
            result.add(line);
            if (line.startsWith("verify error:")) {
                boolean forgiven = depth == 0;
                result.add("verify return:" + (forgiven ? 1 : 0));
                i++; // 3.x's own "verify return:1"
                if (!forgiven || line.startsWith("verify error:num=21:")) {
                    break;
                }
            }
        }
        return result;
    }

    /** "N (reason)" of the last {@code verify error} among the lines, or "0 (ok)". */
    private static String lastError(List<String> lines) {
        String last = "0 (ok)";
        for (String line : lines) {
            if (line.startsWith("verify error:num=")) {
                String rest = line.substring("verify error:num=".length()).replace("self-signed", "self signed");
                last = rest.substring(0, rest.indexOf(':')) + " (" + rest.substring(rest.indexOf(':') + 1) + ")";
            }
        }
        return last;
    }

    /** Runs the real s_client with no input (it connects, prints, and ends: DONE). */
    private String[] real(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(REAL_OPENSSL.getPath(), "s_client"));
        command.addAll(args);
        Path out = scratch.resolve("out");
        Path err = scratch.resolve("err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("real openssl hung");
        }
        return new String[] {String.valueOf(process.exitValue()), Files.readString(out), Files.readString(err)};
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> chainNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = CHAIN_NAME.matcher(text.substring(text.indexOf("Certificate chain"), text.indexOf("---\nServer certificate")));
        while (m.find()) {
            names.add(m.group(1) + m.group(2));
        }
        return names;
    }

    /** 1.0.2's {@code 0 s:/C=US/O=Cisco Systems, Inc.} as 3.x writes it: {@code 0 s:C = US, O = "Cisco Systems, Inc."}. */
    private static String spaced(String oneline) {
        int colon = oneline.indexOf(':');
        List<String> parts = new ArrayList<>();
        for (String pair : oneline.substring(colon + 2).split("/(?=[A-Za-z]+=)")) {
            String[] kv = pair.split("=", 2);
            parts.add(kv[0] + " = " + (kv[1].matches(".*[,+;<>#=\"].*") ? "\"" + kv[1] + "\"" : kv[1]));
        }
        return oneline.substring(0, colon + 1) + String.join(", ", parts);
    }
}
