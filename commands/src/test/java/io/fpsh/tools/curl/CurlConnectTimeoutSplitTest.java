package io.fpsh.tools.curl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connect timeout shared by a name's addresses: while more follow, an address gets half of what is left
 * (curl 7.44's timeoutms_per_addr, 7.88's baller timeout; the 7.88 side is checked against the real curl in
 * SynRetriesNamespaceTest). The 7.44 lines are curl 7.44's connect.c wording, not a recording.
 */
@Timeout(10)
class CurlConnectTimeoutSplitTest {
    private final CurlTestLab lab = new CurlTestLab();

    @AfterEach
    void close() {
        lab.close();
    }

    @Test
    void theDevicesCurlMovesOnAfterHalfTheConnectTimeout() {
        lab.name("eventing-ingest.sse.itd.cisco.com", "198.51.100.246", "198.51.100.234");
        lab.drop("198.51.100.246", 443);
        lab.drop("198.51.100.234", 443);
        CurlTestLab.Run run = lab.run(CurlDialect.DEVICE, "-v", "-sS", "--connect-timeout", "2",
                "https://eventing-ingest.sse.itd.cisco.com/");
        assertEquals(28, run.exit());
        // half of what is left when the attempt starts (a slow first lookup leaves a little less than 2000 ms)
        assertTrue(run.err().matches("(?s).*After ([5-9][0-9]{2}|1000)ms connect time.*"), run.err());
        String masked = run.err().replaceAll("after \\d+ milliseconds", "after N milliseconds").replaceAll("After \\d+ms", "After Nms");
        assertEquals("""
                *   Trying 198.51.100.246...
                * After Nms connect time, move on!
                * connect to 198.51.100.246 port 443 failed: Connection timed out
                *   Trying 198.51.100.234...
                * Connection timed out after N milliseconds
                * Closing connection 0
                curl: (28) Connection timed out after N milliseconds
                """, masked);
    }
}
