package io.fpsh.sim.run;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.lab.LabException;
import io.fpsh.lab.LabFile;
import io.fpsh.lab.LabLoader;
import io.fpsh.lab.LabSeed;
import io.fpsh.lab.ShippedLabs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Opens simulated FTDs from shipped labs (by name) or lab files (by path); each call gets its own copy. */
public final class LabDevices {
    private static final String SHIPPED = ShippedLabs.RESOURCES;

    private LabDevices() {}

    /** A shipped lab: its name and one-line description. */
    public record ShippedLab(String name, String description) {}

    public static Device open(String nameOrFile) throws TargetException {
        return new SimulatedFtd(read(nameOrFile));
    }

    /** A device of the lab with its variables drawn from {@code seed} (none: their defaults): a student's own. */
    public static Device open(String nameOrFile, OptionalLong seed) throws TargetException {
        return new SimulatedFtd(read(nameOrFile, seed));
    }

    /**
     * Reads a shipped lab by name, or a lab file by path (anything with a '/' or ending in .yaml/.yml); a lab target
     * ending in {@code ?seed=N} ({@link LabSeed}) is drawn from that seed.
     */
    public static LabFile read(String nameOrFile) throws TargetException {
        LabSeed.Target target;
        try {
            target = LabSeed.target(nameOrFile);
        } catch (LabException e) {
            throw new TargetException(e.getMessage());
        }
        return read(target.lab(), target.seed());
    }

    /**
     * {@link #read(String)} with the lab's variables drawn from {@code seed}; without one each takes its default. The
     * same lab and seed give the same values.
     */
    public static LabFile read(String nameOrFile, OptionalLong seed) throws TargetException {
        if (nameOrFile.isBlank()) {
            // Path.of("") is the working directory: "is a directory" would puzzle
            throw new TargetException("no lab given: a shipped lab's name or a lab file (fpsh lab list shows the shipped labs)");
        }
        try {
            if (looksLikePath(nameOrFile)) {
                return new LabLoader().load(Path.of(nameOrFile), seed);
            }
            LabFile shipped = ShippedLabs.isName(nameOrFile) ? new LabLoader().loadShipped(nameOrFile, seed) : null;
            if (shipped == null) {
                if (Files.exists(Path.of(nameOrFile))) {
                    return new LabLoader().load(Path.of(nameOrFile), seed);
                }
                throw new TargetException("unknown lab '" + nameOrFile + "' (fpsh lab list shows the shipped labs)");
            }
            return shipped;
        } catch (LabException e) {
            throw new TargetException(e.getMessage());
        } catch (InvalidPathException e) {
            throw new TargetException("not a lab name or a file name: '" + nameOrFile.replace("\0", "\\0") + "'");
        }
    }

    private static boolean looksLikePath(String nameOrFile) {
        return nameOrFile.contains("/") || nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml");
    }

    public static List<ShippedLab> shipped() {
        List<ShippedLab> labs = new ArrayList<>();
        try (InputStream in = LabDevices.class.getResourceAsStream(SHIPPED + "INDEX")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", 2);
                if (fields.length == 2) {
                    labs.add(new ShippedLab(fields[0], fields[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labs;
    }
}
