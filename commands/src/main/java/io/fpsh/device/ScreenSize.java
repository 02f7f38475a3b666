package io.fpsh.device;

/** A terminal's size in character cells. */
public record ScreenSize(int columns, int rows) {
    /** What a terminal that reports none (0x0: ssh -tt from a pipe) is taken to be, as JLine and sshd assume. */
    public static final ScreenSize DEFAULT = new ScreenSize(80, 24);

    public ScreenSize {
        if (columns <= 0 || rows <= 0) {
            columns = DEFAULT.columns;
            rows = DEFAULT.rows;
        }
    }
}
