package io.fpsh.shell;

import io.fpsh.sim.run.LabDevices;

import java.util.Iterator;

/**
 * The shipped labs' names, what {@code --lab} completes to in the generated completion scripts (written into them
 * when they are generated: {@code completions/} is regenerated when a lab is added, or its test fails).
 */
final class ShippedLabNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return LabDevices.shipped().stream().map(LabDevices.ShippedLab::name).iterator();
    }
}
