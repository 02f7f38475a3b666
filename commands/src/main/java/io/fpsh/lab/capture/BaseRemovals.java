package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fpsh.lab.LabFile;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The base's entries a captured lab must not inherit: its DNS servers the capture did not ask (not this site's) and
 * its managers the device does not have. Written last, after any anonymization, so that each {@code remove: true}
 * names the base's own key and never one the anonymizer gave the device.
 */
final class BaseRemovals {
    private BaseRemovals() {}

    static void add(ObjectNode lab, LabFile base) {
        removeOthers(lab.at("/network/dnsServers"), "address",
                Objects.requireNonNullElse(base.network().dnsServers(), List.<LabFile.DnsServer>of()),
                LabFile.DnsServer::address);
        removeOthers(lab.at("/managers"), "host", Objects.requireNonNullElse(base.managers(), List.<LabFile.Manager>of()),
                LabFile.Manager::host);
    }

    /** Appends {@code {KEY: x, remove: true}} for each base entry whose key the lab's list does not hold. */
    private static <T> void removeOthers(JsonNode list, String key, List<T> base, Function<T, String> keyOf) {
        if (!(list instanceof ArrayNode entries) || entries.isEmpty()) {
            return; // the lab says nothing of these: the base's stand
        }
        Set<String> kept = new HashSet<>();
        entries.forEach(entry -> kept.add(entry.path(key).asText()));
        for (T entry : base) {
            if (!kept.contains(keyOf.apply(entry))) {
                entries.addObject().put(key, keyOf.apply(entry)).put("remove", true);
            }
        }
    }
}
