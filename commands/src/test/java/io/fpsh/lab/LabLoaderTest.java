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
        return FastLab.completeText("ftd01-dns");
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

    /** What no lab error may show: Java's names for things (a class, an exception, a Jackson token). */
    static final java.util.regex.Pattern JAVA = java.util.regex.Pattern.compile(
            "\\b[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*\\.[A-Za-z_$][\\w$]*|\\w*(Exception|Error)\\b|`|JsonToken|START_(ARRAY|OBJECT)"
                    + "|\\bCannot (construct|deserialize|coerce|map)\\b|\\bjava\\.|\\bio\\.fpsh|Creator|Base64Variant|DeserializationFeature");

    @Test
    void aPasswdFileIsNotQuoted() throws Exception {
        String passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                + "alice:x:1000:1000:Alice Liddell,,,:/home/alice:/bin/zsh\n";
        String message = errorOf(passwd);
        assertEquals(":1: not a lab file: expected sections such as name, clock and device (key: value lines), found a text",
                message);
        assertQuotesNothingOf(passwd, message);
    }

    @Test
    void aShadowFileIsNotQuotedNotEvenItsKeys() throws Exception {
        String hash = "$6$fakesalt$FAKEHASHq1w2e3r4t5y6u7i8o9p0asdfghjklzxcvbnm";
        String shadow = "root:" + hash + ":19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\nalice:" + hash + "::::::\n";
        String message = errorOf(shadow);
        assertEquals(":1: unknown field at the top level (known: clock, connector, description, device, dns, fmc, hangs, "
                + "interfaces, logs, management, managers, name, network, ntp, plants, processes, proxy, seed, site, smartAccount, "
                + "sse, teaching, variables)", message);
        assertQuotesNothingOf(shadow, message);
        String twice = "root:" + hash + ":19000:0:99999:7:::\nroot:" + hash + ":19000:0:99999:7:::\n";
        String duplicate = errorOf(twice);
        assertEquals(":2: a key given twice at the top level", duplicate);
        assertQuotesNothingOf(twice, duplicate);
        // a hash as a key inside a known section: the section is named, the key is not
        String nested = errorOf(defaultLab().replace("  hostname: ftd01", "  hostname: ftd01\n  root" + hash + ": x"));
        assertEquals(":11: unknown field in 'device' (known: ", nested.substring(0, nested.indexOf("(known: ") + 8));
        assertFalse(nested.contains(hash.substring(3)), nested);
    }

    @Test
    void onlyKeysTheSchemaCouldHaveWrittenAreQuoted() throws Exception {
        // a typo of a field of its section, and a field name of another section: both say nothing of the file
        assertTrue(errorOf(defaultLab().replace("  hostname: ftd01", "  hostnme: ftd01"))
                .startsWith(":10: field 'device.hostnme': unknown field (known: "));
        assertTrue(errorOf(defaultLab().replace("  hostname: ftd01", "  hostname: ftd01\n  timeoutSeconds: 5"))
                .startsWith(":11: field 'device.timeoutSeconds': unknown field (known: "));
        // anything else may be a secret: a password used as a key, a token
        for (String key : new String[] {"Admin123", "hunter2secret", "s3cr3t-t0k3n", "p@ss", "aGVsbG8gd29ybGQ="}) {
            String message = errorOf(defaultLab().replace("  hostname: ftd01", "  hostname: ftd01\n  " + key + ": x"));
            assertTrue(message.startsWith(":11: unknown field in 'device' (known: "), message);
            assertFalse(message.contains(key), message);
        }
    }

    @Test
    void aTabIsReportedOnItsOwnLineInYamlsWords() throws Exception {
        assertEquals(":3: found a tab character where YAML expects a space: tabs are not allowed for indentation",
                errorOf("name: x\nclock:\n\tstart: 2024-05-14T09:12:00Z\n"));
    }

    @Test
    void aKeyWithoutItsColonIsReportedWhereTheKeyStarts() throws Exception {
        // as in /etc/group: SnakeYAML notices it on line 3, where it gives up; the key it was reading is on line 2
        assertEquals(":2: while scanning a simple key, could not find expected ':'",
                errorOf("name: x\nssl-cert:x:103:postgres\npostgres:x:104:\n"));
    }

    @Test
    void valuesOfTheWrongKindAreDescribedNotQuoted() throws Exception {
        assertEquals(":35: field 'management.mtu': expected a whole number",
                errorOf(defaultLab().replace("  mtu: 1500", "  mtu: SECRETlots")));
        assertEquals(":35: field 'management.mtu': a number out of range (-2147483648..2147483647)",
                errorOf(defaultLab().replace("  mtu: 1500", "  mtu: 99999999999999999999")));
        assertEquals(":35: field 'management.mtu': required (a whole number)",
                errorOf(defaultLab().replace("  mtu: 1500", "  mtu:")));
        String date = errorOf(defaultLab().replaceFirst("start: \\S+", "start: SECRET-date"));
        assertTrue(date.endsWith(": field 'clock.start': expected a date and time such as 2024-05-14T09:12:00Z"), date);
        assertEquals(":1: field 'name': expected a text, found a list", errorOf("name: [SECRET]\n"));
    }

    @Test
    void controlCharactersInAQuotedValueAreEscaped() throws Exception {
        assertEquals(":1: field 'name': must be letters, digits, '.', '_' or '-' (got 'a\\x1B[2Jb')",
                errorOf("name: \"a\\e[2Jb\"\n"));
    }

    @Test
    void hostileFilesNeverShowJavaNorTheirContent() throws Exception {
        String lab = defaultLab();
        String[] hostile = {
            "SECRET\n", "- SECRET\n- b\n", "'SECRET\n", "\"SECRET\\q\"\n", "{SECRET\n", "name: x\n@SECRET\n",
            "key: value\n SECRET\n", "name: x\n  SECRET: y\n", "? [SECRET]\n: x\n", "a: !!binary SECRET\n",
            "a: !SECRET x\n", "a: *SECRET\n", "%SECRET 1\n---\nname: x\n", "name: {a: SECRET}\n",
            "name: x\nclock: {start: SECRET}\n", "\u0000SECRET\n", "name: x\n\tSECRET: 1\n", "SECRET: &a [*a]\n",
            "name: \"\\xSECRET\"\n", "name: |9SECRET\n  x\n", "name: !<SECRET> x\n", "name: &SECRET! x\n",
            lab.replace("  mtu: 1500", "  mtu: [SECRET]"), lab.replace("  mtu: 1500", "  mtu: {SECRET: 1}"),
            lab.replace("build:", "build: SECRET #"), lab.replace("  mtu: 1500", "  mtu: 1e999"),
            lab.replace("  mtu: 1500", "  mtu: true"), lab.replace("behaviour: silent", "behaviour: [SECRET]"),
            lab.replace("  hostname: ftd01", "  SECRET: ftd01"), lab.replace("  hostname: ftd01", "  hostname: [SECRET]"),
        };
        for (String yaml : hostile) {
            String message = errorOf(yaml);
            assertFalse(JAVA.matcher(message).find(), "Java in: " + message);
            assertFalse(message.contains("SECRET"), "quotes the file: " + message + "\nfor: " + yaml);
        }
    }

    /** No word of the file (4 characters or more, a field name excepted) is in the message. */
    private static void assertQuotesNothingOf(String file, String message) {
        for (String word : file.split("[:\\n,/*]+")) {
            if (word.length() >= 4 && !LabSchema.isField(word)) {
                assertFalse(message.contains(word), "'" + word + "' quoted in: " + message);
            }
        }
        assertFalse(JAVA.matcher(message).find(), message);
    }
}
