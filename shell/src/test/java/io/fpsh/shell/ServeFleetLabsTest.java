package io.fpsh.shell;

import io.fpsh.drive.CapturingIo;
import io.fpsh.playbook.fleet.Inventory;
import io.fpsh.playbook.fleet.InventoryHost;
import io.fpsh.playbook.fleet.InventoryReader;
import io.fpsh.shell.serve.FleetInventoryFile;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh serve --fleet N --lab A --lab B}: the labs in turn, and the inventory it writes for fpsh run. */
@Sshd
class ServeFleetLabsTest {
    @TempDir
    Path folder;

    private static String dnsServers(SshFtd device) {
        CapturingIo io = CapturingIo.answering();
        device.run("show network", io);
        return io.text().lines().filter(l -> l.startsWith("DNS Servers")).findFirst().orElse("(none)");
    }

    @Test
    void theLabsAreGivenInTurnAndTheWrittenInventoryReachesEachDevice() throws Exception {
        ServeSettings settings = new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, false,
                folder.resolve("home")).withFleet(5, List.of("lab:ftd01-dns", "lab:ftd01-blocked-eu"));
        try (FtdSshServer server = FtdSshServer.start(settings)) {
            assertTrue(server.devicesServed().endsWith(", the labs lab:ftd01-dns, lab:ftd01-blocked-eu in turn"),
                    server.devicesServed());
            Path file = folder.resolve("fleet.yaml");
            FleetInventoryFile.write(file, server, "127.0.0.1", 5, List.of("ftd01-dns", "ftd01-blocked-eu"), "admin");
            Inventory inventory = InventoryReader.read(file, Map.of());
            assertEquals(List.of("ftd0001", "ftd0002", "ftd0003", "ftd0004", "ftd0005"),
                    inventory.hosts().stream().map(InventoryHost::name).toList());
            assertEquals(List.of("ftd0001", "ftd0003", "ftd0005"),
                    inventory.limit("ftd01-dns").stream().map(InventoryHost::name).toList(), "a group per lab");
            InventoryHost second = inventory.hosts().get(1);
            assertEquals("ssh://admin%ftd0002@127.0.0.1:" + server.port(), second.target());
            assertEquals(FleetInventoryFile.PASSWORD_ENV, second.access().passwordEnv());
            assertEquals(server.knownHostsLine("127.0.0.1") + "\n", Files.readString(second.access().knownHosts()));

            // the written known_hosts is what an unattended login trusts (unknown keys are refused)
            for (InventoryHost host : inventory.hosts().subList(0, 2)) {
                SshOptions options = SshOptions.of("127.0.0.1", host.port(), host.user(),
                        prompt -> "Admin123".toCharArray(), host.access().knownHosts());
                try (SshFtd device = SshFtd.connect(options)) {
                    assertEquals(host.name().equals("ftd0001") ? "DNS Servers               : 192.0.2.10"
                            : "DNS Servers               : 192.0.2.11", dnsServers(device));
                }
            }
        }
    }

    @Test
    void severalLabsOrAnInventoryWithoutFleetAreRefused() {
        FpshProcess.Result labs = FpshProcess.inProcess("serve", "--port", "0", "--lab", "ftd01-dns", "--lab",
                "ftd01-blocked-eu");
        assertEquals(2, labs.exitStatus());
        assertEquals("fpsh: serve: several --lab need --fleet N (the labs are given in turn to its devices)\n",
                labs.err());
        FpshProcess.Result inventory = FpshProcess.inProcess("serve", "--port", "0", "--write-inventory", "x.yaml");
        assertEquals(2, inventory.exitStatus());
        assertEquals("fpsh: serve: --write-inventory needs --fleet N\n", inventory.err());
    }
}
