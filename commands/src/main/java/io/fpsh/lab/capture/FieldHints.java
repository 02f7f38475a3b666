package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first walk: values whose key says what they are (a hostname, a search domain, a user, a password, a serial)
 * are noted before any free text is read, so a log line naming the device is replaced like its hostname field, and
 * a host gets the role its field gives it (the manager's name becomes an {@code fmc01}).
 */
final class FieldHints {
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|.*:.*|.*[/\\s@].*|\\$\\{.*");

    private FieldHints() {}

    static void collect(JsonNode node, String key, String path, TextScrubber scrubber) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), field.getKey(), path + "." + field.getKey(), scrubber);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, key, path, scrubber);
            }
        } else if (node.isTextual() && !node.textValue().isBlank()) {
            note(node.textValue().trim(), key, path.toLowerCase(Locale.ROOT), scrubber);
        }
    }

    private static void note(String value, String key, String path, TextScrubber scrubber) {
        switch (FieldKinds.of(key)) {
            case SECRET -> {
                if (!value.startsWith("${") && !value.equals(TextScrubber.REDACTED)) {
                    scrubber.secrets.add(value);
                }
            }
            case USER -> {
                if (!value.contains("@") && !value.startsWith("${") && !TextScrubber.STANDARD_USERS.contains(value)
                        && !value.matches("user\\d+")) {
                    scrubber.users.get(value);
                }
            }
            case SERIAL -> {
                if (!value.startsWith("${") && !value.equalsIgnoreCase("none") && !value.equalsIgnoreCase("n/a")) {
                    scrubber.serials.get(value);
                }
            }
            case HOST -> host(value, role(key, path, value), scrubber);
            case DOMAIN -> host(value, NameMap.Role.SITE, scrubber);
            default -> { }
        }
    }

    private static void host(String value, NameMap.Role role, TextScrubber scrubber) {
        if (LITERAL.matcher(value).matches() || NameMap.kept(value)) {
            return; // an address, a URL, a placeholder: the free-text steps see to them
        }
        String first = value.split("\\.", 2)[0];
        if (!first.isEmpty()) {
            scrubber.hostLabel(first, role);
        }
        if (value.contains(".")) {
            scrubber.names.name(value, role);
        }
    }

    private static NameMap.Role role(String key, String path, String value) {
        if (key.equalsIgnoreCase("hostname")) {
            return NameMap.Role.DEVICE;
        }
        if (path.contains("manager") || path.contains("fmc")) {
            return NameMap.Role.MANAGER;
        }
        if (path.contains("proxy")) {
            return NameMap.Role.PROXY;
        }
        if (path.contains("dns")) {
            return NameMap.Role.DNS;
        }
        return NameMap.roleOf(value);
    }
}
