package io.fpsh.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lab over a base ({@code base:}): the merge rules of {@link LabMerge}, chains, and errors in the right file. */
class LabBaseTest {
    @TempDir
    Path dir;

    private LabFile load(Path file) throws LabException {
        return new LabLoader(new LabCache(dir.resolve("cache"))).load(file);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private String error(Path file) {
        String message = assertThrows(LabException.class, () -> load(file)).getMessage();
        assertFalse(message.contains("\n"), message);
        return message;
    }

    @Test
    void mapsMergeKeyByKeyListsReplaceKeyedListsMergeByKey() throws Exception {
        LabFile base = new LabLoader(new LabCache(dir.resolve("cache"))).loadShipped("ftd01-dns");
        LabFile lab = load(write("mine.yaml", """
                base: ftd01-dns
                name: mine
                management:
                  mtu: 9000
                  ipv4: {gateway: 192.0.2.254}
                dns:
                  servers: [192.0.2.11, 192.0.2.10]
                processes:
                  - {name: EventHandler, pid: 8000}
                network:
                  dnsServers:
                    - {address: 192.0.2.10, remove: true}
                    - {address: 192.0.2.13, behaviour: refused}
                  hosts:
                    - {name: api-sse.cisco.com, tcp443: drop}
                    - {name: est.sco.cisco.com, remove: true}
                """));
        assertEquals("mine", lab.name());
        assertNull(lab.description(), "a base's description is never inherited");
        assertEquals(List.of(), lab.plants(), "nor what it plants");
        assertEquals(9000, lab.management().mtu());
        assertEquals("192.0.2.254", lab.management().ipv4().gateway());
        assertEquals(base.management().ipv4().address(), lab.management().ipv4().address(), "kept from the base");
        assertEquals(base.management().mac(), lab.management().mac());
        assertEquals(List.of("192.0.2.11", "192.0.2.10"), lab.dns().servers(), "a list replaces the base's");
        assertEquals(base.dns().timeoutSeconds(), lab.dns().timeoutSeconds());
        LabFile.Process handler = lab.processes().get(0);
        assertEquals(List.of("EventHandler", 8000, "/ngfw/usr/local/sf/bin/EventHandler"),
                List.of(handler.name(), handler.pid(), handler.path()), "an entry merges into the base's, in its place");
        assertEquals(base.processes().size(), lab.processes().size());
        assertEquals(List.of("192.0.2.11", "192.0.2.13"),
                lab.network().dnsServers().stream().map(LabFile.DnsServer::address).toList(), "removed, then added at the end");
        LabFile.Host api = lab.network().hosts().get(0);
        assertEquals(List.of("api-sse.cisco.com", "drop", "198.51.100.66"), List.of(api.name(), api.tcp443(), api.addresses().get(0)));
        assertEquals(base.network().hosts().size() - 1, lab.network().hosts().size());
        assertTrue(lab.network().hosts().stream().noneMatch(h -> h.name().equals("est.sco.cisco.com")));
        assertEquals(base.site(), lab.site(), "the site is inherited");
    }

    @Test
    void aNullRemovesWhatTheBaseSetAndChainsWorkWithPathsRelativeToTheFileNamingThem() throws Exception {
        write("bases/inspected.yaml", """
                base: ftd01-tls-inspection
                name: inspected
                device: {hostname: fw-middle}
                """);
        Path top = write("labs/top.yaml", """
                base: ../bases/inspected.yaml
                name: top
                description: "three files deep"
                network:
                  tlsInspection: ~
                plants: [DNS-SLOW]
                """);
        LabFile lab = load(top);
        assertEquals("top", lab.name());
        assertEquals("fw-middle", lab.device().hostname(), "from the middle file");
        assertEquals("ftd01-healthy's api-sse.cisco.com", "ftd01-healthy's " + lab.network().hosts().get(0).name());
        assertNull(lab.network().tlsInspection(), "~ removed the base's inspection");
        assertEquals(List.of("DNS-SLOW"), lab.plants());
    }

    @Test
    void anUnknownBaseOrACycleIsOneLineAtTheBaseLine() throws Exception {
        Path unknown = write("unknown.yaml", "# a comment\nbase: ftd99-nothing\nname: x\n");
        assertEquals(unknown + ":2: field 'base': no shipped lab named 'ftd99-nothing' (fpsh lab list shows them;"
                + " a file's path ends in .yaml or holds a '/')", error(unknown));
        Path missing = write("missing.yaml", "name: x\nbase: other/none.yaml\n");
        assertTrue(error(missing).startsWith(missing + ":2: field 'base': "), error(missing));
        assertTrue(error(missing).endsWith("none.yaml: no such file"), error(missing));

        Path a = write("a.yaml", "base: b.yaml\nname: a\n");
        Path b = write("b.yaml", "name: b\n\nbase: ./a.yaml\n");
        String cycle = error(a);
        assertTrue(cycle.startsWith(b + ":3: field 'base': './a.yaml' leads back to a lab already in the chain"), cycle);
        Path self = write("self.yaml", "base: self.yaml\nname: self\n");
        assertTrue(error(self).startsWith(self + ":1: field 'base': 'self.yaml' leads back"), error(self));
    }

    @Test
    void aBadFieldIsNamedInTheFileThatWroteIt() throws Exception {
        write("base.yaml", """
                base: ftd01-healthy
                name: base
                management:
                  mtu: lots
                """);
        Path lab = write("lab.yaml", "base: base.yaml\nname: lab\n");
        assertEquals(dir.resolve("base.yaml") + ":4: field 'management.mtu': expected a whole number",
                error(lab));

        write("base.yaml", "base: ftd01-healthy\nname: base\ndevice:\n  hostname: \"bad host!\"\n");
        assertEquals(dir.resolve("base.yaml") + ":4: field 'device.hostname': not a host name: 'bad host!'", error(lab),
                "a value the validator refuses, written in the base");

        Files.writeString(lab, "base: base.yaml\nname: lab\ndevice:\n  hostname: fw9\nmanagement:\n  ipv4:\n    address: 192.0.2.300\n");
        assertEquals(lab + ":7: field 'management.ipv4.address': not an IPv4 address: '192.0.2.300'", error(lab));

        Files.writeString(lab, "base: base.yaml\nname: lab\ndevice: {hostname: fw9, hostnme: x}\n");
        assertTrue(error(lab).startsWith(lab + ":3: field 'device.hostnme': unknown field"), error(lab));

        Files.writeString(lab, "base: base.yaml\nname: lab\ndevice: {hostname: fw9}\nnetwork:\n  hosts:\n    - {name: nowhere.example, remove: true}\n");
        assertEquals(lab + ":6: field 'network.hosts': the base has no entry with name 'nowhere.example' to remove",
                error(lab));

        Files.writeString(lab, "{base: base.yaml, name: lab}\n");
        assertTrue(error(lab).startsWith(lab + ":1: field 'base': write it on a line of its own"), error(lab));
    }

    @Test
    void aCachedLabIsParsedAgainWhenItsBaseChanges() throws Exception {
        Path base = write("base.yaml", "base: ftd01-healthy\nname: base\ndevice: {hostname: before}\n");
        Path lab = write("lab.yaml", "base: base.yaml\nname: lab\n");
        LabCache cache = new LabCache(dir.resolve("cache"));
        assertEquals("before", new LabLoader(cache).load(lab).device().hostname());
        assertEquals("before", new LabLoader(cache).load(lab).device().hostname(), "from the cache");
        Files.writeString(base, "base: ftd01-healthy\nname: base\ndevice: {hostname: after}\n");
        assertEquals("after", new LabLoader(cache).load(lab).device().hostname());
    }
}
