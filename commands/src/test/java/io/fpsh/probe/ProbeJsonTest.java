package io.fpsh.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON document of every registered probe, read on a lab through its text, parses back and names every field. */
class ProbeJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One case per probe: its name, the lab it reads, its arguments. A new probe adds its line here. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("show-network", "ftd01-dns", List.of()),
                Arguments.of("show-version", "ftd01-dns", List.of()),
                Arguments.of("show-managers", "ftd01-dns", List.of()),
                Arguments.of("resolv-conf", "ftd01-dns", List.of()),
                Arguments.of("resolv-conf-time", "ftd01-dns", List.of()),
                Arguments.of("nslookup", "ftd01-no-events", List.of("api-sse.cisco.com")),
                Arguments.of("curl", "ftd01-no-events", List.of("https://api-sse.cisco.com/providers/sse/api/v1/regions")),
                Arguments.of("curl", "ftd01-no-events", List.of(CurlProbe.CACERT, CurlProbe.CONNECTOR_CA,
                        "https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients")),
                Arguments.of("clock", "ftd01-clock-skew", List.of()),
                Arguments.of("connector-properties", "ftd01-dns", List.of()),
                Arguments.of("pmtool", "ftd01-no-events", List.of()),
                Arguments.of("netstat", "ftd01-no-events", List.of()),
                Arguments.of("lsof", "ftd01-no-events", List.of()),
                Arguments.of("connector-log", "ftd01-no-events", List.of()),
                Arguments.of("action-queue-log", "ftd01-dns", List.of()),
                // the lab-only probes of the world around the device (issue 12 §3)
                Arguments.of("fmc-cloud-services", "ftd01-wrong-region", List.of()),
                Arguments.of("sse-devices", "ftd01-healthy", List.of()),
                Arguments.of("sse-events", "ftd01-healthy", List.of()),
                Arguments.of("sse-cloud-services", "ftd01-healthy", List.of()),
                Arguments.of("smart-account", "ftd01-healthy", List.of())
        );
    }

    @Test
    void everyRegisteredProbeHasACase() {
        Set<String> covered = cases().map(c -> (String) c.get()[0]).collect(Collectors.toSet());
        for (Probe<?> probe : Probes.all()) {
            assertTrue(covered.contains(probe.name()), probe.name() + " has no case in ProbeJsonTest.cases()");
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void theDocumentParsesBackAndNamesEveryRecordComponent(String name, String lab, List<String> args) throws Exception {
        Probe<?> probe = Probes.named(name).orElseThrow();
        ProbeResult result;
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab));
             DeviceDriver driver = new DeviceDriver(ftd, (user, question) -> Optional.of("Admin123"))) {
            result = ProbeRunner.run(probe, args, driver, Duration.ofSeconds(30));
        }
        assertEquals(ProbeStatus.OK, result.status(), result::error);
        JsonNode document = MAPPER.readTree(ProbeJson.write(result));
        assertEquals("OK", document.get("status").asText());
        assertEquals(name, document.get("probe").asText());
        assertEquals("lab:" + lab, document.get("target").asText());
        assertFalse(document.has("error"), "an OK result has no error field");
        assertNamesEveryComponent(result.record(), document.get("record"), "record");
        assertNamesEveryComponent(result.evidence(), document.get("evidence"), "evidence");
        assertEquals(result.evidence().durationMicros(), document.get("evidence").get("durationMicros").asLong());
        assertEquals(result.evidence().mode().name(), document.get("evidence").get("mode").asText());
    }

    @Test
    void aResultThatReadNothingHasItsStatusAndErrorAndNoRecord() throws Exception {
        ProbeResult failed = new ProbeResult("show-network", List.of(), "ssh://admin@127.0.0.1:1", ProbeStatus.UNREACHABLE,
                null, "ssh: connect to host 127.0.0.1 port 1: Connection refused", null);
        JsonNode document = MAPPER.readTree(ProbeJson.write(failed));
        assertEquals("UNREACHABLE", document.get("status").asText());
        assertEquals("ssh: connect to host 127.0.0.1 port 1: Connection refused", document.get("error").asText());
        assertFalse(document.has("record"));
        assertFalse(document.has("evidence"));
    }

    /** Values a future record may hold: dates as ISO-8601, enums by name, absent values as null, nested lists. */
    record Sample(Instant at, ProbeStatus status, String absent, List<List<Integer>> grid, Optional<String> maybe,
                  double ratio) {}

    @Test
    void datesEnumsNullsAndNestedListsHaveTheirJsonForms() throws Exception {
        Sample sample = new Sample(Instant.parse("2026-12-03T08:15:30Z"), ProbeStatus.TIMEOUT, null,
                List.of(List.of(1, 2), List.of()), Optional.of("x"), 0.5);
        ProbeResult result = new ProbeResult("sample", List.of("a b"), "lab:x", ProbeStatus.OK, sample, null, null);
        JsonNode record = MAPPER.readTree(ProbeJson.write(result)).get("record");
        assertEquals("2026-12-03T08:15:30Z", record.get("at").asText());
        assertEquals("TIMEOUT", record.get("status").asText());
        assertTrue(record.get("absent").isNull());
        assertEquals("[[1,2],[]]", record.get("grid").toString());
        assertEquals("x", record.get("maybe").asText());
        assertEquals(0.5, record.get("ratio").asDouble());
    }

    /** Every component of {@code value} is a field of {@code node}, and nested records are walked the same way. */
    private static void assertNamesEveryComponent(Record value, JsonNode node, String path) throws Exception {
        assertTrue(node != null && node.isObject(), path + " is not an object: " + node);
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String field = path + "." + component.getName();
            assertTrue(node.has(component.getName()), field + " is missing from " + node);
            component.getAccessor().setAccessible(true);
            Object inner = component.getAccessor().invoke(value);
            if (inner instanceof Record nested) {
                assertNamesEveryComponent(nested, node.get(component.getName()), field);
            } else if (inner instanceof List<?> items) {
                JsonNode array = node.get(component.getName());
                assertEquals(items.size(), array.size(), field);
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Record nested) {
                        assertNamesEveryComponent(nested, array.get(i), field + "[" + i + "]");
                    }
                }
            }
        }
    }
}
