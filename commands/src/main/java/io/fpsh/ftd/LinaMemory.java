package io.fpsh.ftd;

/** {@code show memory}: the system memory free and in use, in bytes. */
public record LinaMemory(long freeBytes, long usedBytes) {
    public long totalBytes() {
        return freeBytes + usedBytes;
    }

    /** A share of the total in whole percent, rounded to nearest. */
    public int percentOf(long bytes) {
        return totalBytes() == 0 ? 0 : (int) Math.round(bytes * 100.0 / totalBytes());
    }
}
