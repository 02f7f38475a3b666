package io.fpsh.playbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shipped playbooks as {@code scripts/playbooks/INDEX} lists them (name, compiled class, summary), read without
 * loading Groovy: {@code fpsh run} alone lists them, completion offers their names.
 */
public final class ShippedPlaybooks {
    private static final String INDEX = "/io/fpsh/playbooks/INDEX";

    /** One line of the index. */
    public record Entry(String name, String className, String summary) {}

    private ShippedPlaybooks() {}

    public static List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = ShippedPlaybooks.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return entries;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                entries.add(new Entry(fields[0], fields[1], fields.length > 2 ? fields[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static Optional<String> className(String name) {
        return all().stream().filter(e -> e.name().equals(name)).map(Entry::className).findFirst();
    }
}
