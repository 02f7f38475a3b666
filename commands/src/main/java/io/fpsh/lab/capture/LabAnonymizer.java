package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;

/**
 * {@code fpsh lab capture --anonymize}: a captured lab with what identifies the site replaced by documentation values,
 * consistently across the whole tree (a field and a log line naming one address name the same replacement):
 * IPv4 into RFC 5737's ranges ({@link Ipv4Map}), IPv6 into 2001:db8::/32, host and domain names into RFC 2606's
 * ({@link NameMap}), UUIDs, MACs (RFC 7042's 00-00-5E-00-53), serials, e-mail addresses and user names into numbered
 * ones, and secrets (passwords, registration keys, tokens in URLs and headers) into {@value TextScrubber#REDACTED}.
 * Cisco's public names, the product and version strings, loopback, netmasks and the documentation values already there
 * are kept: they drive the lab and are no secret.
 * <p>
 * Generic over the tree: every string and key is read, whatever the lab's shape; a key says only what its value is
 * ({@link FieldKinds}). Deterministic, with no randomness: the same capture gives the same lab, so a recapture diffed
 * against it shows what changed on the device.
 */
public final class LabAnonymizer {
    /** Never rewritten: the name of the shipped lab the capture is laid over. */
    private static final String BASE = "base";

    private LabAnonymizer() {}

    /** An anonymized deep copy of {@code lab}; {@code lab} itself is left as it was. */
    public static JsonNode anonymize(JsonNode lab) {
        TextScrubber scrubber = new TextScrubber();
        FieldHints.collect(lab, "", "", scrubber);
        rewrite(lab, "", scrubber);
        scrubber.startReplacing();
        return rewrite(lab, "", scrubber);
    }

    private static JsonNode rewrite(JsonNode node, String key, TextScrubber scrubber) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                JsonNode value = name.equals(BASE) ? field.getValue().deepCopy() : rewrite(field.getValue(), name, scrubber);
                out.set(scrubber.scrub(name, false), value);
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode element : node) {
                out.add(rewrite(element, key, scrubber));
            }
            return out;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(text(node.textValue(), key, scrubber));
        }
        return node.deepCopy();
    }

    private static String text(String value, String key, TextScrubber scrubber) {
        FieldKinds kind = FieldKinds.of(key);
        boolean placeholder = value.isBlank() || value.startsWith("${");
        if (kind == FieldKinds.SECRET && !placeholder) {
            return TextScrubber.REDACTED;
        }
        return scrubber.scrub(value, kind == FieldKinds.VERSION);
    }
}
