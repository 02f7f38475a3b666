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
    DIAGNOSTIC_ENABLE;

    /** True where the Linux shell parses the line (bash rules: '?' is an ordinary character). */
    public boolean isLinuxShell() {
        return this == EXPERT || this == ROOT;
    }
}
