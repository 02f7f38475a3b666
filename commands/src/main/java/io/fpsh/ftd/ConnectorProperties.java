package io.fpsh.ftd;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SSE connector's {@code /ngfw/etc/sf/connector.properties}: every {@code key=value} pair in the file's order, and
 * the ones whose meaning is known typed apart (null when the file lacks them). The unit of
 * {@code registration_interval} is not documented (the guide's 180 suggests seconds), so its name carries none.
 */
public record ConnectorProperties(String connectorFqdn, Integer connectorPort, Integer registrationInterval,
                                  Map<String, String> properties) {

    public static final String FQDN = "connector_fqdn";
    public static final String PORT = "connector_port";
    public static final String REGISTRATION_INTERVAL = "registration_interval";

    public ConnectorProperties {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
