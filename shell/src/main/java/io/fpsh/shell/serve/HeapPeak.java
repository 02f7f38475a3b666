package io.fpsh.shell.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For bench/fleet: when {@code FPSH_SERVE_REPORT_HEAP=FILE} is set, {@code fpsh serve} writes its peak heap there as
 * it stops (the sum of the heap pools' peaks: an upper bound, since the pools peak at different moments).
 */
public final class HeapPeak {
    static final String VARIABLE = "FPSH_SERVE_REPORT_HEAP";

    private HeapPeak() {}

    public static void reportIfAsked() {
        String file = System.getenv(VARIABLE);
        if (file == null || file.isBlank()) {
            return;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        try {
            Files.writeString(Path.of(file), "heap-peak-bytes " + peak + "\nheap-max-bytes " + max + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("fpsh: serve: cannot write the heap report " + file + ": " + e.getMessage());
        }
    }
}
