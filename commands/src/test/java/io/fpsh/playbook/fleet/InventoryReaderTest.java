package io.fpsh.playbook.fleet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inventories as an engineer writes them: inheritance, references to credentials, and every mistake in one line. */
class InventoryReaderTest {
    @TempDir
    Path folder;

    private Path write(String text) throws IOException {
        Path file = folder.resolve("fleet.yaml");
        Files.writeString(file, text);
        return file;
    }

    private Inventory read(String text) throws Exception {
        return InventoryReader.read(write(text), Map.of("PROXY_PASSWORD", "s3cret-proxy"));
    }

    private String problems(String text) throws IOException {
        Path file = write(text);
        InventoryException e = assertThrows(InventoryException.class,
                () -> InventoryReader.read(file, Map.of()));
        return e.getMessage().replace(file.toString(), "FILE");
    }

    @Test
    void aHostInheritsFromItsGroupsInOrderThenTheDefaults() throws Exception {
        Inventory inventory = read("""
                defaults:
                  user: admin
                  password-env: FTD_PASSWORD
                  data:
                    site-dns: 192.0.2.11
                    site-proxy: none
                groups:
                  eu:
                    port: 2201
                    groups: [lab-net]
                    data: {site-dns: 192.0.2.53}
                  lab-net:
                    port: 2299
                    user: operator
                    known-hosts: keys/known_hosts
                hosts:
                  paris-1:
                    address: ssh://10.0.0.5
                    groups: [eu]
                  nyc-1:
                    address: 10.1.0.5:2222
                    user: netops
                    ssh-agent: false
                    data:
                      site-proxy: http://proxy:${PROXY_PASSWORD}@192.0.2.80:3128
                  lab-1:
                    address: lab:ftd01-dns
                """);
        assertEquals(List.of("paris-1", "nyc-1", "lab-1"), inventory.hosts().stream().map(InventoryHost::name).toList());
        InventoryHost paris = inventory.hosts().get(0);
        assertEquals("ssh://operator@10.0.0.5:2201", paris.target(), "user from lab-net, port from eu before lab-net");
        assertEquals(List.of("eu", "lab-net"), paris.groups());
        assertEquals(Map.of("site-dns", "192.0.2.53", "site-proxy", "none"), paris.data());
        assertEquals("FTD_PASSWORD", paris.access().passwordEnv());
        assertTrue(paris.access().sshAgent());
        assertEquals(folder.resolve("keys/known_hosts"), paris.access().knownHosts(), "relative to the inventory");
        InventoryHost nyc = inventory.hosts().get(1);
        assertEquals("ssh://netops@10.1.0.5:2222", nyc.target());
        assertFalse(nyc.access().sshAgent());
        assertEquals("http://proxy:s3cret-proxy@192.0.2.80:3128", nyc.data().get("site-proxy"));
        assertTrue(inventory.hosts().get(2).isLab());
        assertEquals("lab:ftd01-dns", inventory.hosts().get(2).target());
        assertEquals(17, paris.line());
    }

    @Test
    void limitTakesHostsAndGroupsAndRefusesAnUnknownName() throws Exception {
        Inventory inventory = read("""
                defaults: {user: admin}
                groups:
                  eu: {}
                  apj: {}
                hosts:
                  a: {address: 10.0.0.1, groups: [eu]}
                  b: {address: 10.0.0.1}
                  c: {address: 10.0.0.2, groups: [eu]}
                """);
        assertEquals(List.of("a", "c"), inventory.limit("eu").stream().map(InventoryHost::name).toList());
        assertEquals(List.of("a", "b"), inventory.limit("b,a").stream().map(InventoryHost::name).toList(),
                "in the inventory's order; addresses may repeat");
        assertEquals(3, inventory.limit(null).size());
        assertEquals("--limit us: no host or group of that name in " + folder.resolve("fleet.yaml"),
                assertThrows(InventoryException.class, () -> inventory.limit("us")).getMessage());
        assertEquals("--limit apj: no host in " + folder.resolve("fleet.yaml") + " is in it",
                assertThrows(InventoryException.class, () -> inventory.limit("apj")).getMessage());
    }

    @Test
    void aPasswordInClearIsRefusedWithoutShowingIt() throws Exception {
        String said = problems("""
                hosts:
                  ftd1:
                    address: 10.0.0.1
                    user: admin
                    password: Cisco123!
                """);
        assertEquals("FILE:5: 'password': an inventory holds no password or secret; give password-env: VARIABLE,"
                + " ask-password: true, key-file: FILE or ssh-agent: true", said);
        assertFalse(said.contains("Cisco123!"));
        for (String key : List.of("secret", "enable_password", "api-token", "passwd", "ssh_pass")) {
            String line = problems("defaults:\n  " + key + ": hunter2\nhosts:\n  a: {address: lab:ftd01-dns}\n");
            assertEquals("FILE:2: '" + key + "': an inventory holds no password or secret; give password-env:"
                    + " VARIABLE, ask-password: true, key-file: FILE or ssh-agent: true", line);
        }
        String url = problems("hosts:\n  a:\n    address: ssh://admin:hunter2@10.0.0.1\n");
        assertEquals("FILE:3: address: an inventory holds no password (user:password@); give password-env: VARIABLE"
                + " or ask-password: true", url);
        String proxy = problems("hosts:\n  a:\n    address: lab:ftd01-proxy\n    data:\n"
                + "      site-proxy: http://proxyuser:hunter2@192.0.2.80:3128\n");
        assertEquals("FILE:5: data.site-proxy: an inventory holds no password; write the URL as"
                + " scheme://user:${VARIABLE}@host:port with the password in that environment variable", proxy);
        assertFalse(proxy.contains("hunter2"));
    }

    @Test
    void eachMistakeIsOneLineWithItsLine() throws Exception {
        String said = problems("""
                defaults:
                  user: admin
                  hostname: 10.0.0.9
                groups:
                  eu: {}
                hosts:
                  ftd1:
                    address: 10.0.0.1
                    groups: [eu, us]
                  ftd2:
                    port: 99999
                  ftd1:
                    address: 10.0.0.2
                """);
        assertEquals(String.join("\n",
                "FILE:12: 'ftd1' is written twice (first on line 7)",
                "FILE:3: unknown key 'hostname' in defaults (address, port, user, groups, key-file, ssh-agent,"
                        + " password-env, ask-password, known-hosts, data); did you mean address?",
                "FILE:11: port: expected 1 to 65535 (got '99999')",
                "FILE:9: group 'us' is not defined under groups:"), said);
    }

    @Test
    void aHostWithoutAddressOrUserIsNamed() throws Exception {
        assertEquals("FILE:2: host 'ftd1' has no address: give address: ssh://HOST[:PORT] or lab:NAME (in the host,"
                + " a group or defaults)", problems("hosts:\n  ftd1:\n    user: admin\n"));
        assertEquals("FILE:2: host 'ftd1' has no user: give user: NAME (in the host, a group or defaults)",
                problems("hosts:\n  ftd1:\n    address: 10.0.0.1\n"));
        assertEquals("FILE:1: no hosts: an inventory lists its devices under hosts:",
                problems("defaults:\n  user: admin\n"));
    }

    @Test
    void brokenYamlAndOtherFilesAreOneLine() throws Exception {
        String syntax = problems("hosts:\n  a: {address: 10.0.0.1\n  b: [\n");
        assertTrue(syntax.startsWith("FILE:") && syntax.contains(": not valid YAML: "), syntax);
        assertEquals(1, syntax.lines().count());
        assertEquals("FILE:1: an inventory is a map with hosts (and groups, defaults)", problems("- a\n- b\n"));
        assertEquals(folder + ": is a directory, not an inventory",
                assertThrows(InventoryException.class, () -> InventoryReader.read(folder, Map.of())).getMessage());
        Path missing = folder.resolve("nope.yaml");
        assertEquals(missing + ": no such file",
                assertThrows(InventoryException.class, () -> InventoryReader.read(missing, Map.of())).getMessage());
    }

    @Test
    void groupsThatIncludeEachOtherAreACycle() throws Exception {
        String said = problems("""
                groups:
                  a: {groups: [b]}
                  b: {groups: [a]}
                hosts:
                  h: {address: lab:ftd01-dns, groups: [a]}
                """);
        assertTrue(said.contains("groups form a cycle: a > b > a"), said);
    }

    @Test
    void anUnsetPasswordVariableIsOneLineBeforeAnythingRuns() throws Exception {
        Inventory inventory = read("defaults: {user: admin, password-env: FLEET_PW}\nhosts:\n  h: {address: 10.0.0.1}\n");
        InventoryException e = assertThrows(InventoryException.class,
                () -> InventoryDevices.checkEnvironment(inventory.hosts(), Map.of()));
        assertEquals("password-env FLEET_PW (host h, line 3): the environment variable FLEET_PW is not set",
                e.getMessage());
        InventoryDevices.checkEnvironment(inventory.hosts(), Map.of("FLEET_PW", "x"));
    }
}
