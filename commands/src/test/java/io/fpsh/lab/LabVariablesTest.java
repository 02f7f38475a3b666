package io.fpsh.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lab's {@code variables:} ({@link LabVariables}): read, drawn from a seed or defaulted, put in place of their
 * references, merged over a base, cached per seed; each mistake one line naming the file, its line and the field.
 */
class LabVariablesTest {
    @TempDir
    Path dir;

    private LabLoader loader() {
        return new LabLoader(new LabCache(dir.resolve("cache")));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    /** A lab over ftd01-healthy with {@code variables} (lines 4 on) and {@code rest} after them. */
    private Path lab(String variables, String rest) throws Exception {
        return write("vars.yaml", "base: ftd01-healthy\nname: vars\nvariables:\n" + variables + rest);
    }

    private String error(Path file) {
        String message = assertThrows(LabException.class, () -> loader().load(file)).getMessage();
        assertFalse(message.contains("\n"), message);
        return message;
    }

    private static final String TWO_SERVERS = """
              - {name: deadDns, range: 192.0.2.10..192.0.2.26, default: 192.0.2.10}
              - {name: goodDns, range: 192.0.2.10..192.0.2.26, differentFrom: [deadDns], default: 192.0.2.11}
            """;

    @Test
    void withoutASeedEachVariableTakesItsDefaultAndTheDefaultLabIsAsBefore() throws Exception {
        LabFile lab = loader().loadShipped("ftd01-dns");
        assertNull(lab.seed());
        assertEquals(List.of("192.0.2.10"), lab.dns().servers());
        assertEquals(List.of(new LabFile.DnsServer("192.0.2.10", "silent"), new LabFile.DnsServer("192.0.2.11", "answer")),
                lab.network().dnsServers(), "the base's servers, in their order");
        assertEquals("192.0.2.11", lab.site().get("site-dns"));
        assertEquals(List.of("configure network dns servers 192.0.2.11"), lab.teaching().solution());
        assertTrue(lab.teaching().story().contains("The site runs two DNS servers, 192.0.2.10 and 192.0.2.11.\n"),
                lab.teaching().story());
        assertEquals(Map.of("deadDns", "192.0.2.10", "goodDns", "192.0.2.11", "namedFirst", "192.0.2.10",
                "namedSecond", "192.0.2.11"), LabVariables.values(lab));
        assertEquals("deadDns", lab.variables().get(0).name(), "the definitions kept as written");
        assertEquals("${deadDns}", lab.variables().get(2).choices().get(0));
    }

    @Test
    void theSameSeedDrawsTheSameLabEveryTimeAndFromTheCache() throws Exception {
        LabFile first = new LabLoader(new LabCache(dir.resolve("one"))).loadShipped("ftd01-dns", OptionalLong.of(42));
        LabFile again = new LabLoader(new LabCache(dir.resolve("two"))).loadShipped("ftd01-dns", OptionalLong.of(42));
        LabFile cached = new LabLoader(new LabCache(dir.resolve("one"))).loadShipped("ftd01-dns", OptionalLong.of(42));
        assertEquals(first, again);
        assertEquals(first, cached);
        assertEquals(42L, first.seed());
        try (var entries = Files.list(dir.resolve("one"))) {
            assertEquals(1, entries.count(), "one entry for the seed");
        }
        new LabLoader(new LabCache(dir.resolve("one"))).loadShipped("ftd01-dns", OptionalLong.of(43));
        new LabLoader(new LabCache(dir.resolve("one"))).loadShipped("ftd01-dns");
        try (var entries = Files.list(dir.resolve("one"))) {
            assertEquals(3, entries.count(), "the cache keys on the seed: 42, 43 and none are three labs");
        }
    }

    @Test
    void seedsDrawDifferentServersEachRightAndEveryWayOfNamingThem() throws Exception {
        Set<String> deads = new HashSet<>();
        Set<String> orders = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            LabFile lab = loader().loadShipped("ftd01-dns", OptionalLong.of(seed));
            Map<String, String> v = LabVariables.values(lab);
            String dead = v.get("deadDns");
            String good = v.get("goodDns");
            assertNotEquals(dead, good, "seed " + seed);
            for (String address : List.of(dead, good)) {
                int last = Integer.parseInt(address.substring("192.0.2.".length()));
                assertTrue(address.startsWith("192.0.2.") && last >= 10 && last <= 26, address);
            }
            assertEquals(List.of(dead), lab.dns().servers(), "the device points at the dead one");
            assertEquals(List.of(new LabFile.DnsServer(dead, "silent"), new LabFile.DnsServer(good, "answer")),
                    lab.network().dnsServers());
            assertEquals(good, lab.site().get("site-dns"));
            assertEquals(List.of("configure network dns servers " + good), lab.teaching().solution());
            assertEquals(Set.of(dead, good), Set.of(v.get("namedFirst"), v.get("namedSecond")));
            assertTrue(lab.teaching().story().contains("two DNS servers, " + v.get("namedFirst") + " and "
                    + v.get("namedSecond") + "."), lab.teaching().story());
            assertFalse(lab.teaching().story().contains("${"), "every reference replaced");
            deads.add(dead);
            orders.add(v.get("namedFirst").equals(dead) ? "dead first" : "good first");
        }
        assertTrue(deads.size() >= 10, "40 seeds draw many dead servers of 17: " + deads);
        assertEquals(Set.of("dead first", "good first"), orders);
        assertNotEquals(LabVariables.values(loader().loadShipped("ftd01-dns", OptionalLong.of(1))),
                LabVariables.values(loader().loadShipped("ftd01-dns", OptionalLong.of(2))), "two seeds, two labs");
    }

    /** The guide's DNS lesson in 7.2's and 7.4's forms draws its servers as ftd01-dns does; no seed, the guide's. */
    @ParameterizedTest
    @ValueSource(strings = {"ftd72-dns", "ftd74-dns"})
    void theSevenXDnsLabsDrawTheirServersPerSeedToo(String name) throws Exception {
        LabFile plain = loader().loadShipped(name);
        assertEquals(List.of("192.0.2.10"), plain.dns().servers());
        assertEquals(List.of("configure network dns servers 192.0.2.11"), plain.teaching().solution());
        assertTrue(plain.teaching().story().contains("two DNS servers, 192.0.2.10 and 192.0.2.11."),
                plain.teaching().story());
        Set<String> deads = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            LabFile lab = loader().loadShipped(name, OptionalLong.of(seed));
            Map<String, String> v = LabVariables.values(lab);
            String dead = v.get("deadDns");
            String good = v.get("goodDns");
            assertNotEquals(dead, good, name + " seed " + seed);
            assertEquals(List.of(dead), lab.dns().servers(), "the device points at the dead one");
            assertEquals(List.of(new LabFile.DnsServer(dead, "silent"), new LabFile.DnsServer(good, "answer")),
                    lab.network().dnsServers(), "the base's two servers replaced by the drawn ones");
            assertEquals(good, lab.site().get("site-dns"));
            assertEquals(List.of("configure network dns servers " + good), lab.teaching().solution());
            assertTrue(lab.teaching().story().contains("two DNS servers, " + v.get("namedFirst") + " and "
                    + v.get("namedSecond") + "."), lab.teaching().story());
            assertFalse(lab.teaching().story().contains("${"), "every reference replaced");
            deads.add(dead);
        }
        assertTrue(deads.size() >= 6, "20 seeds draw many dead servers of 17: " + deads);
        assertNotEquals(LabVariables.values(loader().loadShipped(name, OptionalLong.of(1))),
                LabVariables.values(loader().loadShipped(name, OptionalLong.of(2))), "two seeds, two labs");
    }

    @Test
    void aVariableDrawIsItsOwnAddingAnotherChangesNoOthers() throws Exception {
        Path one = lab(TWO_SERVERS, "");
        Map<String, String> before = LabVariables.values(loader().load(one, OptionalLong.of(7)));
        Path more = lab("  - {name: region, choices: [US, EU, APJC]}\n" + TWO_SERVERS, "");
        Map<String, String> after = LabVariables.values(loader().load(more, OptionalLong.of(7)));
        assertEquals(before.get("deadDns"), after.get("deadDns"));
        assertEquals(before.get("goodDns"), after.get("goodDns"));
    }

    @Test
    void numbersValuesAndALiteralDollarBrace() throws Exception {
        Path file = lab("""
                  - {name: site, choices: [lyon, nantes, lille]}
                  - {name: host, value: "fw-${site}"}
                  - {name: count, range: 3..5}
                """, """
                device:
                  hostname: ${host}
                description: "${count} tries; a shell's $${HOME} and $5 stay"
                """);
        LabFile plain = loader().load(file);
        assertEquals("fw-lyon", plain.device().hostname(), "the first choice when no default is written");
        assertEquals("3 tries; a shell's ${HOME} and $5 stay", plain.description());
        Set<String> hosts = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            LabFile lab = loader().load(file, OptionalLong.of(seed));
            hosts.add(lab.device().hostname());
            assertTrue(lab.description().matches("[345] tries; a shell's \\$\\{HOME} and \\$5 stay"), lab.description());
        }
        assertEquals(Set.of("fw-lyon", "fw-nantes", "fw-lille"), hosts);
    }

    @Test
    void aLabOverABaseRedefinesItsVariablesAndMatchesKeyedListsOnTheValuesDrawn() throws Exception {
        Path mine = write("mine.yaml", """
                base: ftd01-dns
                name: mine
                plants: DNS-SERVER-DEAD
                variables:
                  - {name: goodDns, choices: [192.0.2.53], default: 192.0.2.53}
                network:
                  dnsServers:
                    - {address: "${deadDns}", behaviour: refused}
                """);
        for (OptionalLong seed : List.of(OptionalLong.empty(), OptionalLong.of(5))) {
            LabFile lab = loader().load(mine, seed);
            String dead = LabVariables.values(lab).get("deadDns");
            assertEquals(List.of("deadDns", "goodDns", "namedFirst", "namedSecond"),
                    lab.variables().stream().map(LabFile.Variable::name).toList(), "redefined in the base's place");
            assertEquals(List.of(new LabFile.DnsServer(dead, "refused"), new LabFile.DnsServer("192.0.2.53", "answer")),
                    lab.network().dnsServers(), "the base's entry for the dead server, found by its drawn address");
            assertEquals(List.of("configure network dns servers 192.0.2.53"), lab.teaching().solution(),
                    "the base's reference takes the lab's definition");
        }
    }

    @Test
    void aReferenceToNoVariableIsItsFileLineAndField() throws Exception {
        assertEquals(dir.resolve("vars.yaml") + ":9: field 'teaching.story': no variable named 'deadDNS' (the variables:"
                        + " deadDns, goodDns; a literal ${ is written $${)",
                error(lab(TWO_SERVERS, """
                        teaching:
                          title: t
                          story: |
                            The dead one is ${deadDNS}.
                          objectives: [{resolves: api-sse.cisco.com}]
                        """)));
        assertEquals(dir.resolve("plain.yaml") + ":3: field 'dns.servers': no variable named 'x' (the lab has no"
                        + " variables: define it under variables:; a literal ${ is written $${)",
                error(write("plain.yaml", "base: ftd01-healthy\nname: plain\ndns: {servers: [\"${x}\"]}\n")));
        assertEquals(dir.resolve("vars.yaml") + ":6: field 'description': '${' without its closing '}' (a literal ${"
                        + " is written $${)",
                error(lab(TWO_SERVERS, "description: \"costs ${deadDns\"\n")));
        assertEquals(dir.resolve("vars.yaml") + ":6: field 'description': '${...}' holds a variable's name: a letter"
                        + " then letters, digits or _ (a literal ${ is written $${)",
                error(lab(TWO_SERVERS, "description: \"${1st}\"\n")));
    }

    @Test
    void aBaseReferenceToAVariableTheLabRemovedIsPlacedInTheBase() throws Exception {
        Path mine = write("mine.yaml", """
                base: ftd01-dns
                name: mine
                plants: DNS-SERVER-DEAD
                variables:
                  - {name: namedSecond, remove: true}
                """);
        String message = error(mine);
        assertTrue(message.startsWith("ftd01-dns.yaml:"), message);
        String line = message.split(":")[1];
        String written = new String(ShippedLabs.read("ftd01-dns", 1 << 20).orElseThrow()).lines()
                .toList().get(Integer.parseInt(line) - 1);
        assertTrue(written.contains("${namedSecond}"), "line " + line + ": " + written);
        assertTrue(message.endsWith(": field 'teaching.story': no variable named 'namedSecond' (the variables:"
                + " deadDns, goodDns, namedFirst; a literal ${ is written $${)"), message);
    }

    @Test
    void eachBadDefinitionIsOneLineAtItsField() throws Exception {
        String file = dir.resolve("vars.yaml").toString();
        assertEquals(file + ":4: field 'variables': variable 'a' is one of choices, range or value (got none)",
                error(lab("  - {name: a, default: x}\n", "")));
        assertEquals(file + ":4: field 'variables': variable 'a' is one of choices, range or value (got more than one)",
                error(lab("  - {name: a, choices: [x], range: 1..2}\n", "")));
        assertEquals(file + ":5: field 'variables.range': a range such as 192.0.2.10..192.0.2.26 or 1..9, the first end"
                        + " the lower (got '192.0.2.26..192.0.2.10')",
                error(lab("  - name: a\n    range: 192.0.2.26..192.0.2.10\n", "")));
        assertEquals(file + ":4: field 'variables.range': a range such as 192.0.2.10..192.0.2.26 or 1..9, the first end"
                        + " the lower (got '192.0.2.1..9')",
                error(lab("  - {name: a, range: 192.0.2.1..9}\n", "")));
        assertEquals(file + ":4: field 'variables.range': at most 65536 values (got '10.0.0.0..10.255.255.255')",
                error(lab("  - {name: a, range: 10.0.0.0..10.255.255.255}\n", "")));
        assertEquals(file + ":8: field 'variables.default': not one of the values 'b' may take (got '192.0.2.10')",
                error(lab("""
                          - {name: deadDns, range: 192.0.2.10..192.0.2.26}
                          - name: b
                            choices: [192.0.2.10, 192.0.2.11]
                            differentFrom: [deadDns]
                            default: "${deadDns}"
                        """, "")));
    }

    @Test
    void definitionsThatUseOtherVariablesUseThoseAboveThem() throws Exception {
        String file = dir.resolve("vars.yaml").toString();
        assertEquals(file + ":4: field 'variables.choices': '${b}' is defined below 'a': a variable uses those above it",
                error(lab("  - {name: a, choices: [\"${b}\"]}\n  - {name: b, choices: [x]}\n", "")));
        assertEquals(file + ":4: field 'variables.differentFrom': names the variables above 'a' ('b' is defined below it)",
                error(lab("  - {name: a, choices: [x, y], differentFrom: [b]}\n  - {name: b, choices: [x]}\n", "")));
        assertEquals(file + ":4: field 'variables.differentFrom': names the variables above 'a' (got 'nobody')",
                error(lab("  - {name: a, choices: [x, y], differentFrom: [nobody]}\n", "")));
        assertEquals(file + ":5: field 'variables.choices': no value of 'b' is left once its differentFrom's are taken out",
                error(lab("  - {name: a, choices: [x]}\n  - {name: b, choices: [x], differentFrom: [a]}\n", "")));
        assertEquals(file + ":5: field 'variables.name': 'a' is defined twice",
                error(lab("  - {name: a, choices: [x]}\n  - {name: a, choices: [y]}\n", "")));
        assertEquals(file + ":4: field 'variables.name': a letter then letters, digits or _ (got 'my var')",
                error(lab("  - {name: my var, choices: [x]}\n", "")));
        assertEquals(file + ":4: field 'variables.default': variable 'a' is a value: it is never drawn, so takes no default",
                error(lab("  - {name: a, value: x, default: y}\n", "")));
        assertEquals(file + ":4: field 'variables.choices': at least one choice",
                error(lab("  - {name: a, choices: []}\n", "")));
    }

    @Test
    void aSeedIsNeverWrittenInALabFile() throws Exception {
        assertEquals(dir.resolve("vars.yaml") + ":6: field 'seed': not written in a lab file: the variables are drawn"
                + " with fpsh --seed N (without one, each takes its default)", error(lab(TWO_SERVERS, "seed: 4\n")));
    }

    @Test
    void seedsAndLabTargetsReadOrSayWhy() throws Exception {
        assertEquals(0L, LabSeed.parse("--seed", "0"));
        assertEquals(Long.MAX_VALUE, LabSeed.parse("--seed", "9223372036854775807"));
        for (String bad : List.of("-1", "9223372036854775808", "x", "", "1e3", " 7", "0x10")) {
            assertEquals("--seed: not a whole number from 0 to 9223372036854775807 (got '" + bad + "')",
                    assertThrows(LabException.class, () -> LabSeed.parse("--seed", bad)).getMessage());
        }
        assertEquals(new LabSeed.Target("ftd01-dns", OptionalLong.of(7)), LabSeed.target("ftd01-dns?seed=7"));
        assertEquals(new LabSeed.Target("labs/a.yaml", OptionalLong.empty()), LabSeed.target("labs/a.yaml"));
        assertEquals("lab:ftd01-dns?seed=9", LabSeed.withSeed("lab:ftd01-dns", 9));
        assertEquals("lab:ftd01-dns?seed=9", LabSeed.withSeed("lab:ftd01-dns?seed=9", 9));
        assertEquals("two seeds given: 8 in the lab target and 9",
                assertThrows(LabException.class, () -> LabSeed.withSeed("lab:ftd01-dns?seed=8", 9)).getMessage());
        assertEquals("?seed=: not a whole number from 0 to 9223372036854775807 (got 'abc')",
                assertThrows(LabException.class, () -> LabSeed.target("ftd01-dns?seed=abc")).getMessage());
        assertEquals(20, LabSeed.range("--seeds", "1..20").length);
        assertEquals(20L, LabSeed.range("--seeds", "1..20")[19]);
        assertEquals(1, LabSeed.range("--seeds", "5").length);
        assertEquals("--seeds: the range runs backwards (got '9..2': write 2..9)",
                assertThrows(LabException.class, () -> LabSeed.range("--seeds", "9..2")).getMessage());
        assertEquals("--seeds: at most 1000 seeds at a time (got '0..1000')",
                assertThrows(LabException.class, () -> LabSeed.range("--seeds", "0..1000")).getMessage());
    }
}
