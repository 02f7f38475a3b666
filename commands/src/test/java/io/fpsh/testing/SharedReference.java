package io.fpsh.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference material (../shared beside the repository, as CI and sessions lay it out): the recorded
 * transcripts of the real tools.
 */
public final class SharedReference {
    private SharedReference() {}

    /** The tool-transcripts folder: found from the repository root upward, ending at its sibling shared/. */
    public static Path transcripts() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/tool-transcripts");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/reference/tool-transcripts not found above " + here);
    }
}
