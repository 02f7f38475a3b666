package io.fpsh.device;

/** The modes of an FTD's CLI; their prompts and the moves between them live in {@link ModeGraph}. */
public enum Mode {
    /** The clish, {@code > }. */
    CLISH,
    /** The Linux shell as admin, {@code admin@host:~$ }. */
    EXPERT,
    /** The Linux shell as root, {@code root@host:~# }. */
    ROOT,
    /** LINA, {@code firepower> }. */
    DIAGNOSTIC,
    /** LINA privileged, {@code firepower# }. */
    DIAGNOSTIC_ENABLE,
    /** FXOS on a Firepower 1000/2100 appliance ({@code connect fxos}), {@code firepower# }. */
    FXOS,
    /** FXOS's local management shell ({@code connect local-mgmt}), {@code firepower(local-mgmt)# }. */
    FXOS_LOCAL_MGMT;

    /** True where the Linux shell parses the line (bash rules: '?' is an ordinary character). */
    public boolean isLinuxShell() {
        return this == EXPERT || this == ROOT;
    }

    /** True in FXOS's modes, which only an appliance has (a virtual FTD has no FXOS to connect to). */
    public boolean isFxos() {
        return this == FXOS || this == FXOS_LOCAL_MGMT;
    }
}
