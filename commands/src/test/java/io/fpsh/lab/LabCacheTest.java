package io.fpsh.lab;

import io.fpsh.sim.FastLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parsed-lab cache: what it gives back is exactly what parsing that same text gives, or nothing. */
class LabCacheTest {
    @TempDir
    Path dir;

    private byte[] shipped() throws Exception {
        return FastLab.completeText("ftd01-dns").getBytes(StandardCharsets.UTF_8);
    }

    private LabFile parsed(byte[] yaml) throws Exception {
        return new LabLoader(new LabCache(dir.resolve("unused"))).load("ftd01-dns.yaml", new java.io.ByteArrayInputStream(yaml));
    }

    @Test
    void givesBackTheRecordsParsedFromTheSameText() throws Exception {
        byte[] yaml = shipped();
        LabCache cache = new LabCache(dir);
        LabFile lab = parsed(yaml);
        assertEquals(Optional.empty(), cache.get(yaml));
        cache.put(yaml, lab);
        assertEquals(Optional.of(lab), cache.get(yaml));
    }

    @Test
    void anEntryForAnotherTextUnderTheSameNameIsNotTaken() throws Exception {
        byte[] yaml = shipped();
        byte[] other = new String(yaml, StandardCharsets.UTF_8).replace("ftd01", "ftd99").getBytes(StandardCharsets.UTF_8);
        LabCache cache = new LabCache(dir);
        cache.put(other, parsed(other));
        // as if the two texts had the same CRC: the other text's entry under this text's name
        Files.move(dir.resolve(LabCache.key(other)), dir.resolve(LabCache.key(yaml)));
        assertEquals(Optional.empty(), cache.get(yaml));
    }

    @Test
    void aDamagedTruncatedOrOldFormatEntryIsAMiss() throws Exception {
        byte[] yaml = shipped();
        LabCache cache = new LabCache(dir);
        cache.put(yaml, parsed(yaml));
        Path entry = dir.resolve(LabCache.key(yaml));
        byte[] whole = Files.readAllBytes(entry);
        for (int cut : new int[] {0, 5, whole.length / 2, whole.length - 1}) {
            Files.write(entry, Arrays.copyOf(whole, cut));
            assertEquals(Optional.empty(), cache.get(yaml), "cut at " + cut);
        }
        byte[] flipped = whole.clone();
        flipped[whole.length - 40] ^= 0x7f;
        Files.write(entry, flipped);
        assertEquals(Optional.empty(), cache.get(yaml), "a byte changed on disk");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(yaml); // an entry begun as the previous format (Java serialization) wrote it
            out.writeObject("the lab's records");
        }
        Files.write(entry, bytes.toByteArray());
        assertEquals(Optional.empty(), cache.get(yaml));
    }

    @Test
    void everyShippedLabComesBackEqualToItsParse() throws Exception {
        LabCache cache = new LabCache(dir);
        for (io.fpsh.sim.run.LabDevices.ShippedLab shipped : io.fpsh.sim.run.LabDevices.shipped()) {
            byte[] yaml = Files.readAllBytes(FastLab.shippedLab(shipped.name()));
            LabFile lab = new LabLoader(new LabCache(dir.resolve("unused"))).load(shipped.name() + ".yaml",
                    new java.io.ByteArrayInputStream(yaml));
            cache.put(yaml, lab);
            assertEquals(Optional.of(lab), cache.get(yaml), shipped.name());
        }
    }

    @Test
    void theNameDependsOnTheText() throws Exception {
        byte[] yaml = shipped();
        byte[] changed = (new String(yaml, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(!LabCache.key(yaml).equals(LabCache.key(changed)));
    }
}
