package io.fpsh.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Reads lab files (YAML) into {@link LabFile}, strictly: every problem is one line with file, line and field. */
public final class LabLoader {
    /** Lab files larger than this are refused before parsing (a lab is a few kilobytes). */
    static final int MAX_BYTES = 1 << 20;

    private final LabCache cache;
    private ObjectMapper mapper;

    public LabLoader() {
        this(LabCache.standard());
    }

    public LabLoader(LabCache cache) {
        this.cache = cache;
    }

    /** Jackson is built only when a lab is not in the cache: it is most of a cold start. */
    private ObjectMapper mapper() {
        if (mapper != null) {
            return mapper;
        }
        YAMLFactory yaml = YAMLFactory.builder()
                .loaderOptions(limitedLoaderOptions())
                .build();
        mapper = new ObjectMapper(yaml)
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        return mapper;
    }

    private static org.yaml.snakeyaml.LoaderOptions limitedLoaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setMaxAliasesForCollections(20);    // billion-laughs documents fail fast
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_BYTES);
        return options;
    }

    /**
     * Reads a regular file only: what it is is checked before opening it (opening a FIFO would block until a writer
     * comes; /dev/zero never ends), and no more than {@link #MAX_BYTES} + 1 bytes are read whatever its size says
     * (a file in /proc says 0).
     */
    public LabFile load(Path file) throws LabException {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new LabException(file + ": is a directory");
            }
            if (!attributes.isRegularFile()) {
                throw new LabException(file + ": not a regular file");
            }
            if (attributes.size() > MAX_BYTES) {
                throw tooLarge(file.toString());
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new LabException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new LabException(file + ": permission denied");
        } catch (FileSystemException e) {
            throw new LabException(file + ": " + (e.getReason() == null ? "cannot be read" : e.getReason()));
        } catch (IOException e) {
            throw new LabException(file + ": cannot be read");
        }
        return parse(file.toString(), bytes);
    }

    public LabFile load(String displayName, InputStream in) throws LabException {
        try {
            return parse(displayName, in.readNBytes(MAX_BYTES + 1));
        } catch (IOException e) {
            throw new LabException(displayName + ": cannot be read");
        }
    }

    private static LabException tooLarge(String file) {
        return new LabException(file + ": too large for a lab file (over " + MAX_BYTES + " bytes)");
    }

    LabFile parse(String displayName, byte[] bytes) throws LabException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(displayName);
        }
        Optional<LabFile> cached = cache.get(bytes);
        if (cached.isPresent()) {
            return cached.get();
        }
        LabFile lab;
        String source = new String(bytes, StandardCharsets.UTF_8);
        if (source.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            throw new LabException(displayName + ": empty lab file");
        }
        try {
            lab = mapper().readValue(source, LabFile.class);
        } catch (JsonProcessingException | RuntimeException e) {
            // SnakeYAML limits and malformed scalars surface as unchecked exceptions
            throw new LabException(LabParseErrors.describe(displayName, source, e));
        }
        if (lab == null) {
            throw new LabException(displayName + ": empty lab file");
        }
        new LabValidator(displayName, source).validate(lab);
        cache.put(bytes, lab);
        return lab;
    }
}
