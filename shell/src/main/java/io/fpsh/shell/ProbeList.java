package io.fpsh.shell;

import io.fpsh.probe.Probe;
import io.fpsh.probe.Probes;

/** {@code fpsh probe} and {@code :probe} alone: one line per probe, its name and arguments, then its summary. */
final class ProbeList {
    private ProbeList() {}

    static String text() {
        int width = 0;
        for (Probe<?> probe : Probes.all()) {
            width = Math.max(width, usage(probe).length());
        }
        StringBuilder out = new StringBuilder();
        for (Probe<?> probe : Probes.all()) {
            out.append(String.format("%-" + width + "s  %s\n", usage(probe), probe.summary()));
        }
        return out.toString();
    }

    private static String usage(Probe<?> probe) {
        return probe.arguments().isEmpty() ? probe.name() : probe.name() + " " + probe.arguments();
    }
}
