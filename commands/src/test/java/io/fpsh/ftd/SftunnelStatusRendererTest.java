package io.fpsh.ftd;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sftunnel-status}'s text for the cases the labs do not ship: no manager, and one not registered yet. */
class SftunnelStatusRendererTest {
    private static final Instant START = Instant.parse("2020-04-06T01:20:00Z");

    @Test
    void withoutManagersOnlyTheDaemonAndTheRouteCheckShow() {
        String text = SftunnelStatusRenderer.render(new SftunnelStatus(START, "eth0", "192.0.2.27", List.of()));
        assertTrue(text.startsWith("\nSFTUNNEL Start Time: Mon Apr  6 01:20:00 2020\n"), text);
        assertTrue(text.contains("\tBroadcast count = 0\n"), text);
        assertFalse(text.contains("RUN STATUS"), text);
        assertTrue(text.endsWith("Check routes:\nNo peers to check\n"), text);
    }

    @Test
    void aManagerNotRegisteredHasNoConnectedChannel() {
        String text = SftunnelStatusRenderer.render(new SftunnelStatus(START, "eth0", "192.0.2.27",
                List.of(new SftunnelStatus.Peer("192.0.2.5", "Pending", false, START))));
        assertTrue(text.contains("\tRegistration: Pending.\n"), text);
        assertFalse(text.contains("Connected: Yes"), text);
        assertFalse(text.contains("Start Time: Mon Apr  6 01:20:00 2020 UTC"), "no connection to report:\n" + text);
        assertTrue(text.contains("\t'active' => 0,\n"), text);
    }
}
