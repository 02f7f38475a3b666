package io.fpsh.sim.expert;

import java.time.ZonedDateTime;

/** The metadata {@code ls -l} prints for one file. */
public record SimFileInfo(String mode, int links, String owner, String group, long size, ZonedDateTime modified) {

    /** A regular file owned by root, {@code -rw-r--r--}. */
    public static SimFileInfo file(long size, ZonedDateTime modified) {
        return new SimFileInfo("-rw-r--r--", 1, "root", "root", size, modified);
    }

    /** A directory owned by root, {@code drwxr-xr-x}. */
    public static SimFileInfo directory(ZonedDateTime modified) {
        return new SimFileInfo("drwxr-xr-x", 2, "root", "root", 4096, modified);
    }

    /** A program owned by root, {@code -rwxr-xr-x}. */
    public static SimFileInfo executable(long size, ZonedDateTime modified) {
        return new SimFileInfo("-rwxr-xr-x", 1, "root", "root", size, modified);
    }

    /** A symbolic link, {@code lrwxrwxrwx}, as long as its target's text ({@code ls -l} then shows the target). */
    public static SimFileInfo symlink(String target, ZonedDateTime modified) {
        return new SimFileInfo("lrwxrwxrwx", 1, "root", "root", target.length(), modified);
    }

    /** A unix socket owned by root, {@code srwxrwxrwx}, as {@code ls -l} shows one (size 0). */
    public static SimFileInfo socket(ZonedDateTime modified) {
        return new SimFileInfo("srwxrwxrwx", 1, "root", "root", 0, modified);
    }

    public boolean isSymlink() {
        return mode.startsWith("l");
    }

    public boolean isDirectory() {
        return mode.startsWith("d");
    }
}
