package io.fpsh.shell;

import io.fpsh.probe.Probe;
import io.fpsh.probe.Probes;

import java.util.Iterator;

/** The probes' names, what {@code fpsh probe <Tab>} completes to (written into the generated completion scripts). */
final class ProbeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Probes.all().stream().map(Probe::name).iterator();
    }
}
