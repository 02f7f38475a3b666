package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.run.LabDevices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two SSH sessions on one served device (--shared, or one device of a fleet) are two logins on one box, as on a real
 * FTD: the configuration is the device's, but each session has its own mode, clish history and sudo ticket.
 */
class SessionsOfOneDeviceTest {

    @Test
    void sudoInOneSharedSessionDoesNotSpareTheOtherThePassword() throws Exception {
        try (DeviceSource source = DeviceSource.shared("lab:ftd01-dns")) {
            assertSudoTicketIsPerSession(source.open("admin"), source.open("admin"));
        }
    }

    @Test
    void sudoInOneSessionOfAFleetDeviceDoesNotSpareItsOtherSession() throws Exception {
        try (DeviceSource source = new FleetDevices(LabDevices.read("ftd01-dns"), 4)) {
            assertSudoTicketIsPerSession(source.open("admin%ftd0002"), source.open("admin%ftd0002"));
        }
    }

    @Test
    void eachSessionHasItsOwnModeAndHistoryButTheDevicesConfiguration() throws Exception {
        try (DeviceSource source = DeviceSource.shared("lab:ftd01-dns")) {
            Device first = source.open("admin");
            Device second = source.open("admin");
            run(first, "configure network hostname shared01");
            run(first, "expert");
            assertEquals("admin@shared01:~$ ", first.prompt());
            assertEquals("> ", second.prompt(), "the other session is still at the clish");
            String history = run(second, "history").stdout();
            assertFalse(history.contains("configure network hostname"), history);
            assertTrue(history.contains("history"), history);
            assertTrue(run(second, "show network").stdout().contains("Hostname                  : shared01\n"));
        }
    }

    private static void assertSudoTicketIsPerSession(Device first, Device second) {
        run(first, "expert");
        CapturingIo asked = new CapturingIo(question -> "Admin123", true);
        assertEquals(0, first.run("sudo -v", asked), asked.text());
        assertEquals(0, first.run("sudo -n true", new CapturingIo()), "the ticket spares the first session");

        run(second, "expert");
        CapturingIo refused = new CapturingIo();
        assertEquals(1, second.run("sudo -n true", refused), refused.text());
        assertEquals("sudo: a password is required\n", refused.stderr());
    }

    private static CapturingIo run(Device device, String line) {
        CapturingIo io = new CapturingIo();
        assertEquals(0, device.run(line, io), () -> line + ":\n" + io.text());
        return io;
    }
}
