package io.fpsh.sim.lina;

/**
 * The ASA engine's lines that LINA's {@code show version} adds after the FTD block. Only the release line: the
 * ASA train follows the FTD release (6.5 → 9.13, 7.0 → 9.16, 10.0 → 9.24); builds and compile dates are not
 * invented.
 */
final class LinaVersion {
    private LinaVersion() {}

    static String block(String ftdVersion) {
        return "Cisco Adaptive Security Appliance Software Version " + asaTrain(ftdVersion) + "\n";
    }

    /** 6.x by table (6.4 skipped ASA 9.11), then one ASA train per FTD release: 7.0 → 9.16, 10.0 → 9.24. */
    static String asaTrain(String ftdVersion) {
        String[] parts = ftdVersion.split("\\.");
        int major = parse(parts, 0);
        int minor = parse(parts, 1);
        int asaMinor = switch (major) {
            case 6 -> SIX_X[Math.min(minor, SIX_X.length - 1)];
            case 7 -> 16 + minor;
            default -> 24 + Math.max(0, major - 10) + minor;
        };
        return "9." + asaMinor + "(1)";
    }

    /** ASA minor release of FTD 6.0 ... 6.7. */
    private static final int[] SIX_X = {6, 7, 8, 10, 12, 13, 14, 15};

    private static int parse(String[] parts, int index) {
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
