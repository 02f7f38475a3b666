package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.ConnectorProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cat /ngfw/etc/sf/connector.properties} in the expert shell: the SSE connector's settings, every
 * {@code key=value} pair, with the cloud's FQDN, the local API port and the registration interval typed.
 */
public final class ConnectorPropertiesProbe implements Probe<ConnectorProperties> {
    static final String PATH = "/ngfw/etc/sf/connector.properties";

    @Override public String name() { return "connector-properties"; }

    @Override public String summary() { return "connector.properties: the SSE connector's cloud FQDN, local port and registration interval"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<ConnectorProperties> recordType() { return ConnectorProperties.class; }

    @Override public String command(List<String> args) { return "cat " + PATH; }

    @Override
    public ConnectorProperties parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        FileProbes.requireRead(name(), output);
        Map<String, String> pairs = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> lines = output.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw ProbeParseException.at(name(), i + 1, lines.get(i), "not a key=value line");
            }
            String key = line.substring(0, equals).strip();
            pairs.put(key, line.substring(equals + 1).strip());
            lineOf.put(key, i);
        }
        String fqdn = noted(output, pairs, lineOf, ConnectorProperties.FQDN, "connectorFqdn");
        Integer port = number(output, pairs, lineOf, ConnectorProperties.PORT, "connectorPort");
        Integer interval = number(output, pairs, lineOf, ConnectorProperties.REGISTRATION_INTERVAL, "registrationInterval");
        return new ConnectorProperties(fqdn, port, interval, pairs);
    }

    private static String noted(ProbeOutput output, Map<String, String> pairs, Map<String, Integer> lineOf, String key,
                                String field) {
        if (lineOf.containsKey(key)) {
            output.from(field, lineOf.get(key));
        }
        return pairs.get(key);
    }

    private Integer number(ProbeOutput output, Map<String, String> pairs, Map<String, Integer> lineOf, String key,
                           String field) throws ProbeParseException {
        String value = noted(output, pairs, lineOf, key, field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            int line = lineOf.get(key);
            throw ProbeParseException.at(name(), line + 1, output.lines().get(line), key + " is not a number");
        }
    }
}
