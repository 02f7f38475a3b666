package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The shipped labs' fixes typed on the device, from the labs' FIXES file (scripts/labs/FIXES, shipped in the jar). */
public final class LabFixes {
    private static final String FILE = "/io/fpsh/labs/FIXES";

    /** One line typed to fix a lab, in {@code mode}, with the answers to its questions in order. */
    public record Fix(String lab, Mode mode, String line, List<String> answers) {}

    private LabFixes() {}

    /** The lines that fix {@code lab}, in order; empty when its fix is not typed on the device. */
    public static List<Fix> of(String lab) {
        return all().stream().filter(fix -> fix.lab().equals(lab)).toList();
    }

    public static List<Fix> all() {
        List<Fix> fixes = new ArrayList<>();
        try (InputStream in = LabFixes.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("no " + FILE + " on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 3) {
                    throw new IllegalStateException(FILE + ": not 'lab<TAB>mode<TAB>line[<TAB>answer...]': " + line);
                }
                fixes.add(new Fix(fields[0], Mode.valueOf(fields[1].toUpperCase().replace('-', '_')), fields[2],
                        List.copyOf(Arrays.asList(fields).subList(3, fields.length))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixes;
    }
}
