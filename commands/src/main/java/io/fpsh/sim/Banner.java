package io.fpsh.sim;

import io.fpsh.lab.LabFile;

/** The login banner of the lab's version, as the FTD prints it before the first prompt. */
public final class Banner {
    private Banner() {}

    public static String of(LabFile.Device device) {
        StringBuilder out = new StringBuilder();
        if (device.lastLogin() != null) {
            out.append("Last login: ").append(device.lastLogin()).append("\n\n");
        }
        String years = device.copyrightYears() == null ? "2004-2019" : device.copyrightYears();
        out.append("Copyright ").append(years).append(", Cisco and/or its affiliates. All rights reserved.\n");
        out.append("Cisco is a registered trademark of Cisco Systems, Inc.\n");
        out.append("All other trademarks are property of their respective owners.\n\n");
        if (device.osLine() != null) {
            out.append(device.osLine()).append('\n');
        }
        if (device.productLine() != null) {
            out.append(device.productLine()).append('\n');
        }
        out.append('\n');
        return out.toString();
    }
}
