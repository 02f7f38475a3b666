package io.fpsh.lab;

import io.fpsh.sim.FastLab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabLoaderTest {
    @TempDir
    Path dir;

    private String defaultLab() throws IOException {
        return Files.readString(FastLab.shippedLab("ftd01-dns"));
    }

    private String errorOf(String yaml) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        LabException error = assertThrows(LabException.class, () -> new LabLoader().load(file));
        String message = error.getMessage();
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("Exception"), "no Java in it: " + message);
        assertTrue(message.startsWith(file.toString()), message);
        return message.substring(file.toString().length());
    }

    @Test
    void theShippedLabLoads() throws Exception {
        LabFile lab = new LabLoader().load(FastLab.shippedLab("ftd01-dns"));
        assertEquals("ftd01", lab.device().hostname());
        assertEquals("192.0.2.10", lab.dns().servers().get(0));
        assertEquals("Cisco Systems, Inc.", lab.network().endpoints().get(0).subject().split("O=")[1].split(", CN")[0]);
    }

    @Test
    void unknownFieldsAreErrorsWithLineAndField() throws Exception {
        String message = errorOf(defaultLab().replace("  hostname: ftd01", "  hostnme: ftd01"));
        assertTrue(message.startsWith(":10: field 'device.hostnme': unknown field (known: "), message);
    }

    @Test
    void badValuesNameTheirLineAndField() throws Exception {
        assertEquals(":44: field 'dns.servers': not an IPv4 address: '192.0.2.300'",
                errorOf(defaultLab().replace("servers: [192.0.2.10]", "servers: [192.0.2.300]")));
        String message = errorOf(defaultLab().replace("  mtu: 1500", "  mtu: lots"));
        assertTrue(message.startsWith(":35: field 'management.mtu':"), message);
        assertEquals(":65: field 'network.dnsServers.behaviour': must be one of",
                errorOf(defaultLab().replace("behaviour: silent", "behaviour: sleepy")).split(" \\[")[0]);
    }

    @Test
    void missingSectionsAreNamed() throws Exception {
        String missing = errorOf("name: x\n");
        assertTrue(missing.endsWith("field 'clock': required"), missing);
        assertTrue(errorOf("").contains("empty lab file"));
    }

    @Test
    void hostileFilesFailCleanly() throws Exception {
        String laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
        errorOf(laughs);
        errorOf("name: !!java.io.File /etc/passwd\n");
        errorOf("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n");
        errorOf("\u0000\u0001\u0002binary noise \u00ff\n");
        errorOf("name: x\nname: y\n");
        Path big = dir.resolve("bad.yaml");
        Files.write(big, ("# " + "x".repeat(100) + "\n").repeat(12_000).getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(LabException.class, () -> new LabLoader().load(big)).getMessage().contains("too large"));
        assertTrue(assertThrows(LabException.class, () -> new LabLoader().load(dir.resolve("none.yaml"))).getMessage().endsWith("no such file"));
    }
}
