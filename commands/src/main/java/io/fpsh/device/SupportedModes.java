package io.fpsh.device;

import java.util.Set;

/**
 * A target that has only some of the FTD's modes (the local machine: its own shell, no clish, LINA or root), so a
 * program driving it can say "not available" instead of typing a mode change the target would take otherwise.
 * A target that does not implement it has them all.
 */
public interface SupportedModes {

    Set<Mode> supportedModes();
}
