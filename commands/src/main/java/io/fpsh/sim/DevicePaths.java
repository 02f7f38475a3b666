package io.fpsh.sim;

import io.fpsh.lab.LabFile;

/**
 * Where the Firepower software's files are on a device: under {@code /ngfw} on an FTD, at the same paths without
 * that prefix on a management center ({@code /var/log/messages}, {@code /usr/local/sf/bin/pmtool}: facts 2.3, B5,
 * B18). The model names them the FTD's way; this places them on the device at hand.
 */
public final class DevicePaths {
    /** The FTD's prefix of the Firepower tree. */
    public static final String NGFW = "/ngfw";

    private DevicePaths() {}

    /** The prefix of the Firepower tree on {@code device}: {@value #NGFW}, or empty on an FMC. */
    public static String root(LabFile.Device device) {
        return device.isFmc() ? "" : NGFW;
    }

    /** {@code ftdPath} ({@code /ngfw/...}) where {@code device} has it; a path outside /ngfw stays as it is. */
    public static String of(LabFile.Device device, String ftdPath) {
        if (!device.isFmc() || !(ftdPath.equals(NGFW) || ftdPath.startsWith(NGFW + "/"))) {
            return ftdPath;
        }
        return ftdPath.equals(NGFW) ? "/" : ftdPath.substring(NGFW.length());
    }
}
