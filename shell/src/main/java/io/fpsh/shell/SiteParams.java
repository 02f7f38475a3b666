package io.fpsh.shell;

import io.fpsh.device.Device;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a playbook knows of the device's site ({@code site-dns}, {@code site-proxy}): the lab's own {@code site:}
 * map when the device is a lab, then what the engineer gave ({@code --param NAME=VALUE}), which wins.
 */
final class SiteParams {
    private SiteParams() {}

    static Map<String, String> of(Device device, Map<String, String> given) {
        Map<String, String> params = new LinkedHashMap<>(labSite(device));
        params.putAll(given);
        return params;
    }

    /** A lab file's {@code site:} map (a served lab's too); empty for other targets. */
    static Map<String, String> labSite(Device device) {
        return device.siteParams();
    }
}
