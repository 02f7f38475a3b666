package io.fpsh.ftd;

/**
 * {@code show memory} at {@code >}. [SRC-FIXTURE a capture from a Firepower 4215 running FTD 7.4.2.4,
 * https://github.com/ChartinoLabs/Muninn/tree/main/tests/parsers/cisco_ftd/show_memory/001_basic: the three labelled lines
 * with whole percentages (69.6% printed 70%), the dashed rule and the note, in these words.] [UNVERIFIED: how the
 * byte counts align when their lengths differ; here they start in one column, as in the sample where they have the
 * same length.]
 */
public final class ShowMemoryRenderer {
    private static final String ROW = "%-19s%d bytes (%d%%)%n";

    private ShowMemoryRenderer() {}

    public static String render(LinaMemory memory) {
        return String.format(java.util.Locale.ROOT, ROW, "Free memory:", memory.freeBytes(), memory.percentOf(memory.freeBytes()))
                + String.format(java.util.Locale.ROOT, ROW, "Used memory:", memory.usedBytes(), memory.percentOf(memory.usedBytes()))
                + "-------------     ------------------\n"
                + String.format(java.util.Locale.ROOT, ROW, "Total memory:", memory.totalBytes(), 100)
                + """

                Note: Free memory is the free system memory. Additional memory may
                      be available from memory pools internal to the firewall process.
                      Use 'show memory detail' to see this information, but use it
                      with care since it may cause CPU hogs and packet loss under load.
                """;
    }
}
