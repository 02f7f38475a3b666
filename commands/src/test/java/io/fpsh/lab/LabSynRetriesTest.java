package io.fpsh.lab;

import io.fpsh.net.SynRetries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** network.tcpSynRetries: the device kernel's tcp_syn_retries, within the sysctl's range, and what it costs. */
class LabSynRetriesTest {
    @TempDir
    Path dir;

    @Test
    void outOfTheSysctlsRangeIsOneLineNamingTheField() throws Exception {
        for (String value : new String[] {"0", "128"}) {
            String error = BrokenLab.errorWith(dir, "ftd01-no-events", "\nnetwork:\n", "\nnetwork:\n  tcpSynRetries: " + value + "\n");
            assertTrue(error.contains("field 'network.tcpSynRetries'") && error.contains("1..127"), error);
            assertEquals(1, error.lines().count(), error);
        }
    }

    @Test
    void theKernelDoublesEachWaitFromOneSecondUpTo120() {
        assertEquals(Duration.ofSeconds(127), SynRetries.DEFAULT.giveUpAfter());
        assertEquals(Duration.ofSeconds(3), new SynRetries(1).giveUpAfter());
        assertEquals(Duration.ofSeconds(7), new SynRetries(2).giveUpAfter());
        assertEquals(Duration.ofSeconds(127 + 120 * 2), new SynRetries(8).giveUpAfter());
    }
}
