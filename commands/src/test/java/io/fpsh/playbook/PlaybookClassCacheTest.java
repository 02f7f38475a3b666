package io.fpsh.playbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kept bytecode counts only for exactly the source, file name and build it was compiled from, and only intact. */
class PlaybookClassCacheTest {
    @TempDir
    Path dir;

    private static final byte[] SOURCE = "playbook 'mine', 'x'\n".getBytes(StandardCharsets.UTF_8);
    private static final CompiledPlaybook COMPILED = new CompiledPlaybook("mine", List.of(
            new CompiledPlaybook.ClassBytes("mine", new byte[] {1, 2, 3}),
            new CompiledPlaybook.ClassBytes("mine$_run_closure1", new byte[] {4, 5})));

    @Test
    void anEntryIsReadBackForTheSameSourceNameAndBuildOnly() {
        PlaybookClassCache cache = new PlaybookClassCache(dir);
        cache.put("build-1", "mine.groovy", SOURCE, COMPILED);

        CompiledPlaybook read = cache.get("build-1", "mine.groovy", SOURCE).orElseThrow();
        assertEquals("mine", read.scriptClass());
        assertEquals(2, read.classes().size());
        assertArrayEquals(new byte[] {4, 5}, read.classes().get(1).bytes());

        assertTrue(cache.get("build-2", "mine.groovy", SOURCE).isEmpty(), "another build");
        assertTrue(cache.get("build-1", "yours.groovy", SOURCE).isEmpty(), "another file name");
        assertTrue(cache.get("build-1", "mine.groovy", "playbook 'mine', 'y'\n".getBytes(StandardCharsets.UTF_8))
                .isEmpty(), "another source");
    }

    @Test
    void aDamagedEntryIsAMiss() throws IOException {
        PlaybookClassCache cache = new PlaybookClassCache(dir);
        cache.put("build-1", "mine.groovy", SOURCE, COMPILED);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 1;
        Files.write(entry, bytes);
        assertTrue(cache.get("build-1", "mine.groovy", SOURCE).isEmpty());
        Files.write(entry, new byte[] {1});
        assertTrue(cache.get("build-1", "mine.groovy", SOURCE).isEmpty());
    }

    @Test
    void anUnwritableCacheIsOnlyAMiss() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        PlaybookClassCache cache = new PlaybookClassCache(file);
        cache.put("build-1", "mine.groovy", SOURCE, COMPILED);
        assertTrue(cache.get("build-1", "mine.groovy", SOURCE).isEmpty());
    }

    @Test
    void entriesAreTheOwnersOnly() throws IOException {
        new PlaybookClassCache(dir).put("build-1", "mine.groovy", SOURCE, COMPILED);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(entries().get(0))));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".bin")).toList();
        }
    }
}
