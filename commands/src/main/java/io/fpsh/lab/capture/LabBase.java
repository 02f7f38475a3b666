package io.fpsh.lab.capture;

import io.fpsh.ftd.VersionInfo;

/**
 * The shipped lab a captured device is written over: the one whose device is closest to it, so that the capture says
 * only what differs. An appliance or a management center by its model, an FTD by its version: before 7.0 the guide's
 * 6.5 device, 7.0 to 7.3 the 7.2 one, 7.4 and later the 7.4 one.
 */
public final class LabBase {
    private LabBase() {}

    /** The base's name; the guide's 6.5 device when the version could not be read. */
    public static String forDevice(VersionInfo version) {
        if (version == null) {
            return "ftd01-healthy";
        }
        String model = version.model() == null ? "" : version.model();
        if (model.contains("Management Center")) {
            return "fmc01-healthy";
        }
        if (model.contains("Firepower 2110")) {
            return "fpr2110-healthy";
        }
        int[] number = majorMinor(version.version());
        if (number[0] < 7) {
            return "ftd01-healthy";
        }
        return number[0] == 7 && number[1] < 4 ? "ftd72-healthy" : "ftd74-healthy";
    }

    /** {@code 7.4.1} as {7, 4}; what cannot be read counts as 0. */
    private static int[] majorMinor(String version) {
        String[] parts = version == null ? new String[0] : version.split("\\.");
        return new int[] {number(parts, 0), number(parts, 1)};
    }

    private static int number(String[] parts, int at) {
        if (at >= parts.length) {
            return 0;
        }
        String digits = parts[at].replaceAll("\\D.*", "");
        return digits.isEmpty() || digits.length() > 4 ? 0 : Integer.parseInt(digits);
    }
}
