package io.fpsh.probe;

import io.fpsh.device.Mode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The human-readable table: fields flattened with dots, lists joined, list of records numbered, one footer line. */
class ProbeTableTest {
    record Socket(String state, String remote) {}

    record Sockets(String program, List<String> ports, List<Socket> sockets, Socket first) {}

    @Test
    void nestedRecordsAreFlattenedWithDotsAndListsJoined() {
        Sockets record = new Sockets("connector", List.of("8989", "443"),
                List.of(new Socket("LISTEN", null), new Socket("SYN_SENT", "eventing-ingest:443")), new Socket("LISTEN", null));
        Evidence evidence = new Evidence("text", "lsof -i", Mode.ROOT, "...", 0, 12_345, List.of());
        String table = ProbeTable.render(new ProbeResult("lsof", List.of(), "lab:x", ProbeStatus.OK, record, null, evidence));
        assertEquals("""
                program            connector
                ports              8989, 443
                sockets[0].state   LISTEN
                sockets[0].remote  -
                sockets[1].state   SYN_SENT
                sockets[1].remote  eventing-ingest:443
                first.state        LISTEN
                first.remote       -
                sent 'lsof -i' in root: exit 0, 12 ms on lab:x
                """, table);
    }

    @Test
    void aFailureIsOneLineNamingTheProbe() {
        ProbeResult failed = new ProbeResult("show-network", List.of(), "lab:x", ProbeStatus.TIMEOUT, null,
                "no prompt from lab:x after 5 s (cancelled)\nmore", null);
        assertEquals("show-network: no prompt from lab:x after 5 s (cancelled)", ProbeTable.errorLine(failed));
        ProbeResult parse = new ProbeResult("show-network", List.of(), "lab:x", ProbeStatus.PARSE_ERROR, null,
                "show-network: line 3: no value: 'DNS Servers'", null);
        assertEquals("show-network: line 3: no value: 'DNS Servers'", ProbeTable.errorLine(parse));
    }
}
