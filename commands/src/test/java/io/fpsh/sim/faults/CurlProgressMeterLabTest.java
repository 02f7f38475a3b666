package io.fpsh.sim.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.fpsh.sim.faults.FaultLab.assertHas;
import static io.fpsh.sim.faults.FaultLab.assertHasNot;

/** The expert shell tells curl whether its stdout is the terminal: a pipe or a file brings the progress meter. */
@Timeout(10)
class CurlProgressMeterLabTest {
    private static final String HEADER = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n";

    @TempDir
    Path dir;

    @Test
    void atThePromptNoMeter() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-port-reject").asRoot()) {
            String err = lab.run("curl https://api-sse.cisco.com", 7).stderr();
            assertHasNot(err, "% Total");
            assertHas(err, "curl: (7) Failed to connect to api-sse.cisco.com port 443");
        }
    }

    @Test
    void pipedStdoutDrawsTheMeterBeforeTheError() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-port-reject").asRoot()) {
            String err = lab.run("curl https://api-sse.cisco.com | grep x", 1).stderr();
            assertHas(err, HEADER, "\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n"
                    + "curl: (7) Failed to connect to api-sse.cisco.com port 443");
        }
    }

    @Test
    void silentOrRedirectedToAFile() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-port-reject").asRoot()) {
            assertHasNot(lab.run("curl -s https://api-sse.cisco.com | grep x", 1).stderr(), "% Total");
            // -o sends the body away from the terminal: curl draws its meter even at the prompt
            assertHas(lab.run("curl -o /tmp/body https://api-sse.cisco.com", 7).stderr(), HEADER);
        }
    }
}
