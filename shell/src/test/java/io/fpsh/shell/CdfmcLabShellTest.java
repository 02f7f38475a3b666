package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cdFMC-managed lab through {@code fpsh -c}: its manager, tunnel, time source and the manager's name in DNS. */
@ExtraJvm
class CdfmcLabShellTest {

    @Test
    void showManagersSftunnelAndNtpNameTheCloudDeliveredFmc() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", "ftd72-cdfmc-healthy", "-c",
                "show managers; sftunnel-status-brief; show ntp; expert; nslookup acme-secops.app.us.cdo.cisco.com");
        String out = result.out();
        assertTrue(out.startsWith("""
                Type                      : Manager
                Host                      : acme-secops.app.us.cdo.cisco.com
                Display name              : acme-secops.app.us.cdo.cisco.com
                Identifier                : 5b9e2c1a-3f7d-11ef-8d2b-7a4c1e9f0d36
                Registration              : Completed
                Management type           : Configuration and analytics
                Peer channel Channel-A is valid type (CONTROL), using 'management0', connected to '198.51.100.120'"""), out);
        assertTrue(out.contains("\nNTP Server                : acme-secops.app.us.cdo.cisco.com\nStatus                    : Being Used\n"), out);
        assertTrue(out.contains("\nName:\tacme-secops.app.us.cdo.cisco.com\nAddress: 198.51.100.120\n"), out);
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
    }
}
