package io.fpsh.shell;

import io.fpsh.sim.run.LabDevices;

import java.util.List;

/** The shipped labs, one a line: the name first (so {@code cut -d' ' -f1} gives the names), then the description. */
final class LabListing {
    private LabListing() {}

    static String text() {
        List<LabDevices.ShippedLab> labs = LabDevices.shipped();
        int width = labs.stream().mapToInt(lab -> lab.name().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (LabDevices.ShippedLab lab : labs) {
            out.append(String.format("%-" + width + "s  %s%n", lab.name(), lab.description()));
        }
        return out.toString();
    }
}
