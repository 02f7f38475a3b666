package io.fpsh.ftd;

import java.util.List;

/** The device's file systems, as {@code show disk} lists them: sizes in KiB, as df counts them. */
public record DiskUsage(List<Partition> partitions) {
    public DiskUsage {
        partitions = List.copyOf(partitions);
    }

    public record Partition(String filesystem, long sizeKib, long usedKib, String mountedOn) {
        public long availableKib() {
            return sizeKib - usedKib;
        }

        /** df's Use%: used over used plus available, rounded up. */
        public int usePercent() {
            return sizeKib == 0 ? 0 : (int) Math.ceil(usedKib * 100.0 / sizeKib);
        }
    }
}
