package io.fpsh.shell;

import io.fpsh.FpshHome;
import io.fpsh.device.Mode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the interactive history of each target lives: {@code $FPSH_HOME/history/<target, file-name safe>}, or
 * {@code ~/.fpsh/history/...} without FPSH_HOME (the same home as the lab caches of the commands module).
 */
final class HistoryFiles {
    private HistoryFiles() {}

    /** The history file of {@code targetName}, its folder created; empty when it cannot be (then history is not kept). */
    static Optional<Path> forTarget(String targetName) {
        Path directory = FpshHome.directory().resolve("history");
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.of(directory.resolve(safeFileName(targetName)));
    }

    /**
     * The history file of {@code mode} on {@code targetName}: the clish's is the target's file (as before histories
     * were kept per mode), the others add the mode's name ({@code lab_ftd01-dns.expert}, {@code ...diagnostic}).
     */
    static Optional<Path> forMode(String targetName, Mode mode) {
        if (mode == Mode.CLISH) {
            return forTarget(targetName);
        }
        return forTarget(targetName).map(file -> file.resolveSibling(file.getFileName() + "." + mode.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Letters, digits, dot, dash and underscore kept; anything else (":" and "/" of lab:FILE) becomes "_". */
    static String safeFileName(String targetName) {
        String safe = targetName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
            return "_" + safe;
        }
        return safe.length() > 200 ? safe.substring(0, 200) : safe;
    }
}
