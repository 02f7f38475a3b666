package io.fpsh.probe;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The labs the contract runs on: every shipped lab as planted and, where scripts/labs/FIXES types a fix, after it.
 * Each is the lab's fast variant ({@link FastLab}: the resolver gives up after 1 s, once), which changes how long a
 * dead server is waited on, not what is read; a lab whose slow DNS server answers later than that keeps its own
 * waits, or its names would stop resolving.
 */
public final class ContractLabs {
    /** The fast variant's resolver timeout: a slow server answering after it would time out instead. */
    private static final int FAST_TIMEOUT_MILLIS = 1000;

    /** A lab and the phase it is compared in. */
    public record Case(String lab, boolean fixed) {
        @Override
        public String toString() {
            return lab + (fixed ? " fixed" : " planted");
        }
    }

    private ContractLabs() {}

    /** Every shipped lab as planted, and after its fix where it has one, in the labs' INDEX order. */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (LabDevices.ShippedLab lab : LabDevices.shipped()) {
            if (isFmc(lab.name())) {
                continue; // the probes read an FTD (show network, show managers, /ngfw's files): an FMC has none of them
            }
            cases.add(new Case(lab.name(), false));
            if (!LabFixes.of(lab.name()).isEmpty()) {
                cases.add(new Case(lab.name(), true));
            }
        }
        return cases;
    }

    /** Whether shipped lab {@code name} is a management center ({@code device.product: fmc}), not an FTD. */
    public static boolean isFmc(String name) {
        try {
            return LabDevices.read(name).device().isFmc();
        } catch (Exception e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /** The file of {@code lab} the contract runs: its fast variant written into {@code dir}, or the shipped one. */
    public static Path file(Path dir, String lab) throws Exception {
        LabFile shipped = LabDevices.read(lab);
        boolean slowServer = shipped.network().dnsServers().stream().anyMatch(server -> server.behaviour().equals("slow")
                && server.delayMs() != null && server.delayMs() >= FAST_TIMEOUT_MILLIS);
        return slowServer ? FastLab.shippedLab(lab) : FastLab.write(dir, lab);
    }
}
