package io.fpsh.drive;

import io.fpsh.device.Mode;

/** A mode as a person names it in a one-line message: the FTD's own words where it has them. */
final class ModeNames {
    private ModeNames() {}

    static String of(Mode mode) {
        return switch (mode) {
            case CLISH -> "clish";
            case EXPERT -> "expert";
            case ROOT -> "root";
            case DIAGNOSTIC -> "diagnostic-cli";
            case DIAGNOSTIC_ENABLE -> "diagnostic-cli enable";
            case FXOS -> "fxos";
            case FXOS_LOCAL_MGMT -> "fxos local-mgmt";
        };
    }
}
