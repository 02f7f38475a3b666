package io.fpsh.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A shipped lab restated as an FTDv 7.4.1: the same faults, site and servers, in 7.4's layouts. What changes is what
 * the device prints, never what its network does: the login banner (FX-OS line and 7.4.1 product line, the facts
 * file's B9 sample), {@code show network} in the 7.4.2 layout (B1: padded lines, {@code DNS from router}, admin
 * state and speeds, no broadcast), {@code show version} of 7.x (LSP instead of rules update version), the
 * {@code management0} interface, and the expert shell's curl 7.88 and BIND 9.18 dialects.
 */
final class Ftd74Lab {
    private static final YAMLMapper YAML = new YAMLMapper();

    private Ftd74Lab() {}

    /** Writes the 7.4 form of shipped lab {@code name} to {@code folder/NAME.yaml} and returns the file. */
    static Path write(String name, Path folder) throws IOException {
        ObjectNode lab;
        try (InputStream in = Ftd74Lab.class.getResourceAsStream("/io/fpsh/labs/" + name + ".yaml")) {
            if (in == null) {
                throw new IOException("no shipped lab " + name);
            }
            lab = (ObjectNode) YAML.readTree(in);
        }
        // a shipped lab may hold only its differences over a base: these sections then merge over the base's
        boolean overBase = lab.has("base");
        ObjectNode device = lab.withObjectProperty("device");
        device.put("model", "Cisco Firepower Threat Defense for VMware (75)"); // the 7.x API's model string (facts 1.5)
        device.put("version", "7.4.1");
        device.put("build", 172);
        if (overBase) {
            device.putNull("rulesUpdateVersion"); // removes the base's value (the merge rules' ~)
        } else {
            device.remove("rulesUpdateVersion");
        }
        device.put("lspVersion", "lsp-rel-20231011-1536"); // [UNVERIFIED] the form of 7.x samples, a date made up
        device.put("osLine", "Cisco Firepower Extensible Operating System (FX-OS) v2.14.1 (build 131)");
        device.put("productLine", "Cisco Firepower Threat Defense for VMware v7.4.1 (build 172)");
        device.put("copyrightYears", "2004-2023");
        device.put("showNetworkLayout", "7.4");
        // [UNVERIFIED] the tools of 7.4's expert shell: no sample; a release of 2023 ships curl and BIND of that time
        device.put("curlVersion", "7.88.1");
        device.put("bindVersion", "9.18.19");
        lab.withObjectProperty("management").put("interfaceName", "management0");
        Path file = folder.resolve(name + ".yaml");
        YAML.writeValue(file.toFile(), lab);
        return file;
    }
}
