package io.fpsh.sim;

import io.fpsh.sim.run.SharedLab;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.fpsh.sim.ScriptedIo.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Devices of one {@link SharedLab} (fpsh serve --fleet): each its own name, address and state; one network. */
class SharedLabTest {
    @TempDir
    Path dir;
    private SharedLab lab;

    @BeforeEach
    void open() throws Exception {
        LabFile file = LabDevices.read(FastLab.write(dir, "ftd01-dns").toString());
        lab = new SharedLab(file);
    }

    @AfterEach
    void close() {
        lab.close();
    }

    private static SimulatedFtd device(SharedLab lab, String hostname, String address) {
        String last = address.substring(address.lastIndexOf('.') + 1);
        return lab.device(hostname, new DeviceState.Ipv4("Manual", address, "255.254.0.0", "198.19.255.254"),
                new DeviceState.Hardware("9d4b06f4-f4d2-11e9-8c86-0050568000" + String.format("%02x", Integer.parseInt(last)),
                        String.format("00:50:56:80:00:%02X", Integer.parseInt(last))));
    }

    @Test
    void eachDeviceShowsItsOwnNameAndAddressEverywhere() {
        SimulatedFtd one = device(lab, "ftd0001", "198.18.0.1");
        SimulatedFtd two = device(lab, "ftd0002", "198.18.0.2");
        String network = run(two, "show network", 0).stdout();
        assertTrue(network.contains("Hostname                  : ftd0002\n"), network);
        assertTrue(network.contains("Address                   : 198.18.0.2\n"), network);
        assertTrue(network.contains("Netmask                   : 255.254.0.0\n"), network);
        assertTrue(network.contains("MAC Address               : 00:50:56:80:00:02\n"), network);
        String version = run(one, "show version", 0).stdout();
        assertTrue(version.contains("[ ftd0001 ]"), version);
        assertTrue(version.contains("UUID                      : 9d4b06f4-f4d2-11e9-8c86-005056800001\n"), version);
        run(one, "expert", 0);
        assertEquals("admin@ftd0001:~$ ", one.prompt());
        assertEquals("127.0.0.1\tlocalhost\n198.18.0.1\tftd0001\n", run(one, "cat /etc/hosts", 0).stdout());
        assertEquals("> ", two.prompt(), "a device's mode is its own");
    }

    @Test
    void aConfigurationChangeStaysOnItsDevice() {
        SimulatedFtd one = device(lab, "ftd0001", "198.18.0.1");
        SimulatedFtd two = device(lab, "ftd0002", "198.18.0.2");
        run(one, "configure network dns servers 192.0.2.11", 0);
        assertTrue(run(one, "show network", 0).stdout().contains("DNS Servers               : 192.0.2.11\n"));
        assertTrue(run(two, "show network", 0).stdout().contains("DNS Servers               : 192.0.2.10\n"));
    }

    @Test
    void theDevicesShareOneNetworkThatOutlivesThemAndStopsWithTheLab() {
        SimulatedFtd one = device(lab, "ftd0001", "198.18.0.1");
        SimulatedFtd two = device(lab, "ftd0002", "198.18.0.2");
        for (SimulatedFtd ftd : new SimulatedFtd[] {one, two}) {
            run(ftd, "configure network dns servers 192.0.2.11", 0);
            run(ftd, "expert", 0);
        }
        assertTrue(run(one, "nslookup api-sse.cisco.com", 0).stdout().contains("Address: 198.51.100.66"));
        one.close(); // a device of the fleet leaves: the network stays up for the others
        assertTrue(run(two, "nslookup api-sse.cisco.com", 0).stdout().contains("Address: 198.51.100.66"));
        lab.close(); // the server stops: the network is gone for every device, so a lookup reaches nothing
        CapturingIo after = run(two, "nslookup api-sse.cisco.com", 1);
        assertTrue(after.stdout().contains("no servers could be reached"), after.stdout() + after.stderr());
        two.close();
    }
}
