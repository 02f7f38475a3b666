package io.fpsh.tools.curl;

import java.util.Locale;

/** A byte count (or bytes per second) in the progress meter's five columns: 99999, 9999k, 99.9M, 9999M, 99.9G... */
final class SizeText {

    private static final long K = 1024, M = K * 1024, G = M * 1024, T = G * 1024, P = T * 1024;

    private SizeText() {}

    static String of(long bytes) {
        if (bytes < 100_000) return String.format(Locale.ROOT, "%5d", bytes);
        if (bytes < 10_000 * K) return String.format(Locale.ROOT, "%4dk", bytes / K);
        if (bytes < 100 * M) return tenths(bytes, M, 'M');
        if (bytes < 10_000 * M) return String.format(Locale.ROOT, "%4dM", bytes / M);
        if (bytes < 100 * G) return tenths(bytes, G, 'G');
        if (bytes < 10_000 * G) return String.format(Locale.ROOT, "%4dG", bytes / G);
        if (bytes < 10_000 * T) return String.format(Locale.ROOT, "%4dT", bytes / T);
        return String.format(Locale.ROOT, "%4dP", bytes / P);
    }

    /** "12.3M": curl truncates the tenths, it does not round them. */
    private static String tenths(long bytes, long unit, char suffix) {
        return String.format(Locale.ROOT, "%2d.%d%c", bytes / unit, (bytes % unit) / (unit / 10), suffix);
    }
}
