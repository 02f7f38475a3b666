package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PLACEHOLDER until the anonymizer's branch is merged over it: the real one returns an anonymized deep copy of a
 * captured lab (addresses, names, UUIDs, MACs and serials replaced consistently with documentation ones; Cisco's
 * public SSE names kept). This one refuses, so {@code fpsh lab capture --anonymize} says it cannot yet.
 */
public final class LabAnonymizer {
    private LabAnonymizer() {}

    public static JsonNode anonymize(JsonNode lab) {
        throw new UnsupportedOperationException("--anonymize is not available in this build (the anonymizer is not merged)");
    }
}
