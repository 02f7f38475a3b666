package io.fpsh.ftd;

import java.util.List;

/**
 * Renders {@code show managers}: each manager's non-null fields in the device's order (6.x prints Type, Host and
 * Registration; 7.x adds the others), a blank line between managers; {@code Managed locally.} for FDM and
 * {@code No managers configured.} for none (that wording is not verified: sources only agree on "No managers").
 */
public final class ShowManagersRenderer {
    private ShowManagersRenderer() {}

    public static String render(List<ManagerInfo> managers) {
        if (managers.isEmpty()) {
            return "No managers configured.\n";
        }
        if (managers.size() == 1 && managers.get(0).isLocal()) {
            return "Managed locally.\n";
        }
        StringBuilder out = new StringBuilder();
        for (ManagerInfo manager : managers) {
            if (out.length() > 0) {
                out.append('\n');
            }
            field(out, "Type", manager.type());
            field(out, "Host", manager.host());
            field(out, "Display name", manager.displayName());
            field(out, "Version", manager.version());
            field(out, "Identifier", manager.identifier());
            field(out, "Registration", manager.registration());
            field(out, "Management type", manager.managementType());
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String label, String value) {
        if (value != null) {
            out.append(CliText.field(label, value)).append('\n');
        }
    }
}
