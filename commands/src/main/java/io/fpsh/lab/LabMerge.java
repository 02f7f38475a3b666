package io.fpsh.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a lab file over its base ({@code base: NAME} or {@code base: path/to/file.yaml}), so a lab says only what
 * differs. The rules, the one place they are written:
 * <ul>
 * <li><b>Sections (maps) merge key by key</b>, at every depth: {@code management: {mtu: 9000}} changes the MTU and
 * keeps the rest of the base's management section. A key set to {@code ~} (null) removes what the base set
 * ({@code network: {tlsInspection: ~}}).</li>
 * <li><b>Lists replace</b> the base's list whole: {@code dns.servers}, {@code dns.searchDomains}, a host's
 * {@code addresses}, {@code tlsVersions}, {@code cipherSuites}, a route's {@code headers}, {@code hangs}, the earlier
 * log lines {@code logs.connector} and {@code logs.actionQueue} (a lab's lines are the log's start, never added to its
 * base's; {@code logs} itself is a section: a lab writing only {@code connector} keeps its base's {@code actionQueue}).</li>
 * <li><b>Keyed lists merge entry by entry</b>, matched by their natural key: {@code network.dnsServers} by
 * {@code address}, {@code network.hosts} by {@code name}, {@code network.endpoints} by {@code name}, an endpoint's
 * {@code routes} by {@code path}, {@code processes} by {@code name}, {@code device.accounts} by {@code user},
 * {@code managers} by {@code host}, {@code interfaces} by {@code nameif}, {@code variables} by {@code name} (a
 * variable the lab redefines replaces the base's whole, in the base's place: its {@code ${name}} references in the base
 * take the lab's definition). An entry whose key the base has is merged into that entry, in the base's place
 * ({@code - {name: api-sse.cisco.com, tcp443: drop}} keeps its addresses); a new key is added at the end;
 * {@code - {name: est.sco.cisco.com, remove: true}} removes the base's entry (it holds only the key and
 * {@code remove: true}).</li>
 * <li><b>Never inherited:</b> {@code name} (each lab is its own), {@code description} (a base's would describe
 * another lab in {@code fpsh lab list}) and {@code plants} (a change may fix or replace the base's fault: each lab
 * declares what it plants, and a test holds every shipped lab to plant something or be named healthy/tutorial).
 * Everything else ({@code site}, {@code hangs}, ...) is inherited.</li>
 * <li><b>{@code teaching}</b> is the lesson of the fault planted: inherited only by a lab that plants the same
 * findings as its base (a variant of the same fault); there it merges key by key ({@code teaching: {allowFix: false}}
 * keeps the base's story), its lists ({@code objectives}, {@code hints}, {@code solution}) replaced whole. A lab that
 * plants something else starts without one.</li>
 * <li>A base may name its own base (chains); a cycle, an unknown base or a bad field in any file of the chain is one
 * line naming the file where it is written, its line and the field.</li>
 * </ul>
 */
final class LabMerge {
    /** The keyed lists (path of keys, list indices left out) and the field each entry is matched by. */
    static final Map<String, String> KEYS = Map.of(
            "network.dnsServers", "address",
            "network.hosts", "name",
            "network.endpoints", "name",
            "network.endpoints.routes", "path",
            "processes", "name",
            "device.accounts", "user",
            "managers", "host",
            "variables", "name",
            // issue 11 §1: data interfaces, by the name LINA gives them
            "interfaces", "nameif");
    /** Keyed lists whose entries a lab replaces whole: a variable is one definition (choices or range, not both). */
    static final Set<String> WHOLE = Set.of("variables");
    static final String REMOVE = "remove";
    /** Top-level keys a lab never takes from its base. */
    static final Set<String> OWN = Set.of("name", "description", "plants", "base");
    /** The lesson of a lab's fault: a base's is inherited with the same plants only. */
    static final String TEACHING = "teaching";

    private LabMerge() {}

    /** {@code over} laid on {@code base} (neither changed); {@code overText} places errors in the file that wrote them. */
    static ObjectNode merge(ObjectNode base, ObjectNode over, LabText overText) throws LabException {
        ObjectNode inherited = base.deepCopy();
        if (!plantsOf(base).equals(plantsOf(over))) {
            inherited.remove(TEACHING);
        }
        inherited.remove(OWN);
        return mergeObjects(inherited, over, "", overText);
    }

    /** A file's plants as a list, whether written {@code plants: ID}, as a list, or not at all (none). */
    private static JsonNode plantsOf(ObjectNode lab) {
        JsonNode plants = lab.get("plants");
        if (plants == null || plants.isNull()) {
            return lab.arrayNode();
        }
        return plants.isArray() ? plants : lab.arrayNode().add(plants);
    }

    /** A lab with no base: its markers still checked ({@code remove: true} has nothing to remove). */
    static ObjectNode alone(ObjectNode lab, LabText text) throws LabException {
        ObjectNode own = mergeObjects(lab.objectNode(), lab, "", text);
        own.remove("base");
        return own;
    }

    private static ObjectNode mergeObjects(ObjectNode base, ObjectNode over, String path, LabText text)
            throws LabException {
        ObjectNode result = base.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = over.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            JsonNode value = field.getValue();
            JsonNode was = result.get(key);
            if (path.isEmpty() && key.equals("base")) {
                continue;
            }
            if (value.isNull()) {
                result.remove(key);
            } else if (KEYS.containsKey(keyPath) && value.isArray()) {
                result.set(key, mergeKeyed(was != null && was.isArray() ? (ArrayNode) was : result.arrayNode(),
                        (ArrayNode) value, keyPath, text));
            } else if (value.isObject() && was != null && was.isObject()) {
                result.set(key, mergeObjects((ObjectNode) was, (ObjectNode) value, keyPath, text));
            } else {
                result.set(key, value.isObject() ? mergeObjects(result.objectNode(), (ObjectNode) value, keyPath, text)
                        : value.deepCopy());
            }
        }
        return result;
    }

    private static ArrayNode mergeKeyed(ArrayNode base, ArrayNode over, String path, LabText text) throws LabException {
        String keyField = KEYS.get(path);
        ArrayNode result = base.deepCopy();
        // entries this file adds are never matched again: a list of the file's own keeps its duplicates, as before
        Set<JsonNode> added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (JsonNode entry : over) {
            if (!entry.isObject() || !entry.path(keyField).isValueNode() || entry.path(keyField).isNull()) {
                // a list of texts or an entry without its key: the record binding names what is wrong
                if (entry.isObject() && entry.has(REMOVE)) {
                    throw error(text, path, REMOVE, null, "an entry to remove names its " + keyField);
                }
                JsonNode copy = entry.deepCopy();
                added.add(copy);
                result.add(copy);
                continue;
            }
            String key = entry.get(keyField).asText();
            int at = indexOf(result, added, keyField, key);
            if (entry.has(REMOVE)) {
                if (!entry.get(REMOVE).isBoolean() || !entry.get(REMOVE).asBoolean() || entry.size() != 2) {
                    throw error(text, path, REMOVE, key, "an entry to remove holds only its " + keyField
                            + " and 'remove: true' (got '" + key + "')");
                }
                if (at < 0) {
                    throw error(text, path, REMOVE, key, "the base has no entry with " + keyField + " '" + key
                            + "' to remove");
                }
                result.remove(at);
            } else if (at >= 0 && WHOLE.contains(path)) {
                result.set(at, mergeObjects(result.objectNode(), (ObjectNode) entry, path, text));
            } else if (at >= 0) {
                result.set(at, mergeObjects((ObjectNode) result.get(at), (ObjectNode) entry, path, text));
            } else {
                JsonNode fresh = mergeObjects(result.objectNode(), (ObjectNode) entry, path, text);
                added.add(fresh);
                result.add(fresh);
            }
        }
        return result;
    }

    private static int indexOf(ArrayNode list, Set<JsonNode> added, String keyField, String key) {
        for (int i = 0; i < list.size(); i++) {
            if (added.contains(list.get(i))) {
                continue;
            }
            JsonNode k = list.get(i).get(keyField);
            if (k != null && k.isValueNode() && k.asText().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static LabException error(LabText text, String path, String field, String value, String problem) {
        SourceLocator locator = new SourceLocator(text.source());
        String line = value == null ? locator.lineOfPath(List.of(path.split("\\."))) : locator.lineOf(field, value);
        if (line.isEmpty()) {
            line = locator.lineOfPath(List.of(path.split("\\.")));
        }
        return new LabException(text.displayName() + line + ": field '" + path + "': " + problem);
    }
}
