package io.fpsh.ssh;

import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SSH driver's prompt recognition ({@link ScreenTail}) is {@link ModeGraph}'s: every prompt the graph's templates
 * render (as the simulator prints them) is read back as its mode, every start of one is held back, and a line no
 * mode's prompt can begin is shown at once.
 */
class PromptShapesFromModeGraphTest {
    private static final List<String> USERS = List.of("admin", "root", "svc-backup");
    private static final List<String> HOSTS = List.of("ftd01", "firepower", "lab-ftd-01", "fw1.example.com");
    private static final List<String> DIRECTORIES = List.of("~", "/", "/home/admin", "/ngfw/var/log", "~/sub-dir");

    /** Every prompt the graph's templates render, with the mode it belongs to. */
    private static List<Rendered> rendered() {
        List<Rendered> all = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (String user : USERS) {
                for (String host : HOSTS) {
                    for (String directory : DIRECTORIES) {
                        all.add(new Rendered(mode, ModeGraph.prompt(mode).render(user, host, directory)));
                    }
                }
            }
        }
        return all;
    }

    private record Rendered(Mode mode, String prompt) {}

    @Test
    void everyRenderedPromptIsReadBackAsItsModeWholeEvenAfterOutputOnItsLine() {
        for (Rendered r : rendered()) {
            // FXOS's hostname# is LINA's firepower#: the session's mode tells them apart, not the screen
            Mode alike = r.mode() == Mode.FXOS ? Mode.DIAGNOSTIC_ENABLE : r.mode();
            assertEquals(Optional.of(alike), ModeGraph.recognise(r.prompt()), r.prompt());
            assertEquals(Optional.of(r.mode()), ModeGraph.recognise(r.prompt(), r.mode(), "show version"), r.prompt());
            ScreenTail.Prompt read = ScreenTail.prompt(r.prompt()).orElseThrow(() -> new AssertionError(r.prompt()));
            assertEquals(alike, read.mode(), r.prompt());
            assertEquals(r.prompt(), read.text(), r.prompt());
            assertEquals(0, read.start(), r.prompt());
        }
    }

    @Test
    void everyStartOfARenderedPromptIsHeldBackAndTextTheDeviceKeptAfterItIsALeftover() {
        for (Rendered r : rendered()) {
            for (int end = 1; end < r.prompt().length(); end++) {
                String start = r.prompt().substring(0, end);
                assertTrue(ScreenTail.mayBecomePromptOrDialog(start), "'" + start + "' of " + r.prompt());
            }
            assertEquals(Optional.of("show bogus\u0007"), ScreenTail.leftover(r.prompt() + "show bogus\u0007"), r.prompt());
        }
    }

    /** hostname# is FXOS's after connect fxos or an exit from local-mgmt, LINA's after enable or an attach. */
    @Test
    void theWayTheSessionCameTellsFxosFromLina() {
        assertEquals(Optional.of(Mode.FXOS), ModeGraph.recognise("fpr2110# ", Mode.CLISH, "connect fxos"));
        assertEquals(Optional.of(Mode.FXOS), ModeGraph.recognise("fpr2110# ", Mode.FXOS_LOCAL_MGMT, "exit"));
        assertEquals(Optional.of(Mode.FXOS), ModeGraph.recognise("fpr2110# ", Mode.FXOS, "show version"));
        assertEquals(Optional.of(Mode.DIAGNOSTIC_ENABLE), ModeGraph.recognise("firepower# ", Mode.DIAGNOSTIC, "enable"));
        // LINA left privileged: attaching again comes straight back to firepower#
        assertEquals(Optional.of(Mode.DIAGNOSTIC_ENABLE),
                ModeGraph.recognise("firepower# ", Mode.CLISH, "system support diagnostic-cli"));
        assertEquals(Optional.of(Mode.FXOS_LOCAL_MGMT),
                ModeGraph.recognise("fpr2110(local-mgmt)# ", Mode.FXOS, "connect local-mgmt a"));
        assertEquals(Optional.of(Mode.CLISH), ModeGraph.recognise("\n> ", Mode.FXOS, "connect ftd"));
    }

    @Test
    void aLineNoModesPromptCanBeginIsShownAtOnce() {
        // '#' ends only root's bash prompt and LINA's, whose name has no '@': no mode prints this one
        assertFalse(ScreenTail.mayBecomePromptOrDialog("admin@ftd01:~# "));
        assertTrue(ScreenTail.prompt("admin@ftd01:~# ").isEmpty());
        assertFalse(ScreenTail.mayBecomePromptOrDialog("Hostname                  : ftd01"));
        assertFalse(ScreenTail.mayBecomePromptOrDialog("* Connected to api-sse.cisco.com (198.51.100.66) port 443"));
    }
}
