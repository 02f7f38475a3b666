package io.fpsh.shell;

import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TAB on the world's stand-ins (issue 12 §3): their names in both shells, then their words one after the other. */
class WorldCompletionTest {

    private static List<String> offered(String line, boolean served) {
        List<Candidate> candidates = new ArrayList<>();
        OwnCommandCandidates.add(line, served, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void theStandInsAndTheirWordsAreOfferedInBothShells() {
        for (boolean served : List.of(false, true)) {
            assertTrue(offered(":", served).containsAll(List.of(":fmc", ":sse", ":smart-account")), "served " + served);
            assertEquals(List.of("cloud-services", "deploy"), offered(":fmc ", served));
            assertEquals(List.of("set"), offered(":fmc cloud-services ", served));
            assertEquals(List.of("region", "integration", "events", "event-types"), offered(":fmc  cloud-services set re", served));
            assertEquals(List.of("devices", "events", "cloud-services", "link-smart-account", "unlink-smart-account"),
                    offered(":sse ", served));
            assertEquals(List.of("eventing", "xdr-threat-response"), offered(":sse cloud-services set ", served));
            assertEquals(List.of(), offered(":fmc deploy ", served), "nothing follows deploy");
        }
    }
}
