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

/**
 * A lab's {@code teaching} part (issue 12): read into records, cached, merged over a base only for the same fault,
 * and every bad field one line naming the file, the line and the field.
 */
class LabTeachingTest {
    private static final String HEAD = "base: ftd01-healthy\nname: lesson\nplants: DNS-SERVER-DEAD\n";

    @TempDir
    Path dir;

    private LabFile load(Path file) throws LabException {
        return new LabLoader(new LabCache(dir.resolve("cache"))).load(file);
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("lesson.yaml"), text);
    }

    /** The one-line error of {@code teaching}, written at line 4 of a lab over ftd01-healthy. */
    private String error(String teaching) throws Exception {
        Path file = write(HEAD + teaching);
        String message = assertThrows(LabException.class, () -> load(file)).getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(file + ":"), message);
        return message.substring(file.toString().length());
    }

    @Test
    void theDefaultLabsLessonIsReadIntoRecords() throws Exception {
        LabFile.Teaching teaching = new LabLoader(new LabCache(dir.resolve("cache"))).loadShipped("ftd01-dns").teaching();
        assertEquals("The DNS server that never answers", teaching.title());
        assertTrue(teaching.story().contains("192.0.2.10 and 192.0.2.11"), teaching.story());
        assertEquals(new LabFile.Objective("api-sse.cisco.com", null, null, null, null, null), teaching.objectives().get(0));
        assertEquals(new LabFile.Objective(null, "https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients",
                "/ngfw/etc/ssl/connectorCA.pem", null, null, null), teaching.objectives().get(1));
        assertEquals(5, teaching.objectives().size());
        assertEquals(3, teaching.hints().size());
        assertEquals(List.of("configure network dns servers 192.0.2.11"), teaching.solution());
        assertTrue(teaching.solutionAllowed() && teaching.fixAllowed());
    }

    @Test
    void aCachedLessonReadsBackTheSame() throws Exception {
        Path file = write(HEAD + """
                teaching:
                  title: T
                  story: S
                  objectives: [{daemon: SSEConnector}, {socket: /run/x.sock}, {websocket: a.example.com}]
                  hints: [one, two]
                """);
        LabFile parsed = load(file);
        LabFile cached = load(file);
        assertEquals(parsed.teaching(), cached.teaching());
        assertEquals(List.of("one", "two"), cached.teaching().hints());
        assertFalse(cached.teaching().solutionAllowed() || cached.teaching().fixAllowed(), "both default to false");
        assertTrue(Files.list(dir.resolve("cache")).findAny().isPresent(), "the second load came from the cache");
    }

    @Test
    void aBaseLessonIsInheritedOnlyByALabPlantingTheSameFault() throws Exception {
        Path variant = Files.writeString(dir.resolve("variant.yaml"), """
                base: ftd01-dns
                name: variant
                plants: DNS-SERVER-DEAD
                teaching:
                  allowFix: false
                  hints: [only one]
                """);
        LabFile lab = load(variant);
        assertEquals("The DNS server that never answers", lab.teaching().title(), "merged key by key");
        assertEquals(List.of("only one"), lab.teaching().hints(), "a list replaces the base's");
        assertEquals(5, lab.teaching().objectives().size());
        assertFalse(lab.teaching().fixAllowed());
        assertTrue(lab.teaching().solutionAllowed());
        Path other = Files.writeString(dir.resolve("other.yaml"), "base: ftd01-dns\nname: other\nplants: DNS-SLOW\n");
        assertNull(load(other).teaching(), "another fault: the base's lesson would tell the wrong story");
        Path healthy = Files.writeString(dir.resolve("healthy2.yaml"), "base: ftd01-healthy\nname: healthy2\n");
        assertEquals("A healthy device, to learn what working looks like", load(healthy).teaching().title());
    }

    @Test
    void eachBadFieldIsOneLineWithFileLineAndField() throws Exception {
        assertEquals(":4: field 'teaching.title': required",
                error("teaching:\n  story: S\n  objectives: [{resolves: a.example.com}]\n"));
        assertEquals(":7: field 'teaching.objectives': required: at least one objective (resolves, answers, websocket,"
                        + " daemon, socket, sseEvents, sseDevice, walked or diagnosis)",
                error("teaching:\n  title: T\n  story: S\n  objectives: []\n"));
        assertEquals(":9: field 'teaching.objectives.daemon': an objective is one of resolves, answers, websocket, daemon,"
                        + " socket, sseEvents, sseDevice, walked or diagnosis, not both resolves and daemon (got 'daemon: SSEConnector')",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - resolves: a.example.com\n      daemon: SSEConnector\n"));
        assertEquals(":8: field 'teaching.objectives.daemon': no process named 'Nope' in processes",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - daemon: Nope\n"));
        assertEquals(":8: field 'teaching.objectives.answers': not an https URL of a host name such as"
                        + " https://api-sse.cisco.com/ (got 'http://api-sse.cisco.com')",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - answers: http://api-sse.cisco.com\n"));
        assertEquals(":8: field 'teaching.objectives.cacert': only /ngfw/etc/ssl/connectorCA.pem can be checked (got"
                        + " '/etc/ssl/other.pem')",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - {answers: 'https://a.example.com', cacert: /etc/ssl/other.pem}\n"));
        assertEquals(":8: field 'teaching.objectives.cacert': goes with answers: URL (got 'cacert: /ngfw/etc/ssl/connectorCA.pem')",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - {daemon: SSEConnector, cacert: /ngfw/etc/ssl/connectorCA.pem}\n"));
        assertEquals(":8: field 'teaching.objectives.websocket': not a host name: 'not a host'",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - websocket: not a host\n"));
        // --- steps walked and causes stated ---
        assertEquals(":8: field 'teaching.objectives.walked': one of help, completion, abbreviation, expert, root,"
                        + " clish-again, curl-sse (got 'sudo')",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - walked: sudo\n"));
        assertEquals(":8: field 'teaching.objectives.diagnosis': at least one accepted cause, in a few plain words",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - diagnosis: []\n"));
        assertEquals(":8: field 'teaching.objectives.diagnosis': each accepted cause is 1 to 12 words (got ' ')",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - diagnosis: [expired, ' ']\n"));
        assertEquals(":9: field 'teaching.objectives.diagnosis': an objective is one of resolves, answers, websocket,"
                        + " daemon, socket, sseEvents, sseDevice, walked or diagnosis, not both walked and diagnosis (got 'diagnosis: [expired]')",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - walked: root\n      diagnosis: [expired]\n"));
        assertEquals(":9: field 'teaching.allowSolution': true, but there is no teaching.solution to show",
                error("teaching:\n  title: T\n  story: S\n  objectives:\n    - daemon: SSEConnector\n  allowSolution: true\n"));
    }

    @Test
    void wrongKindsAndUnknownKeysAreTheParsersOneLine() throws Exception {
        String typo = error("teaching:\n  title: T\n  story: S\n  objectives:\n    - resolve: a.example.com\n");
        assertTrue(typo.startsWith(":8:") && typo.contains("'teaching.objectives") && typo.contains("resolve"), typo);
        String list = error("teaching:\n  title: T\n  story: S\n  objectives: [{daemon: SSEConnector}]\n  hints: 3\n");
        assertTrue(list.startsWith(":8:") && list.contains("'teaching.hints'"), list);
        String yes = error("teaching:\n  title: T\n  story: S\n  objectives: [{daemon: SSEConnector}]\n  allowFix: maybe\n");
        assertTrue(yes.startsWith(":8:") && yes.contains("'teaching.allowFix'"), yes);
    }
}
