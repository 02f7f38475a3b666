package io.fpsh.lab;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

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

    public LabFile load(Path file) throws LabException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new LabException(file + ": is a directory");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new LabException(file + ": too large for a lab file (over " + MAX_BYTES + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LabException(file + ": no such file");
        } catch (IOException e) {
            throw new LabException(file + ": " + e.getMessage());
        }
        return parse(file.toString(), bytes);
    }

    public LabFile load(String displayName, InputStream in) throws LabException {
        try {
            return parse(displayName, in.readNBytes(MAX_BYTES + 1));
        } catch (IOException e) {
            throw new LabException(displayName + ": " + e.getMessage());
        }
    }

    LabFile parse(String displayName, byte[] bytes) throws LabException {
        if (bytes.length > MAX_BYTES) {
            throw new LabException(displayName + ": too large for a lab file (over " + MAX_BYTES + " bytes)");
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
        } catch (JsonProcessingException e) {
            throw new LabException(describe(displayName, source, e));
        } catch (RuntimeException e) {
            // SnakeYAML limits and malformed scalars surface as unchecked exceptions
            throw new LabException(displayName + ": " + firstLine(e.getMessage()));
        }
        if (lab == null) {
            throw new LabException(displayName + ": empty lab file");
        }
        new LabValidator(displayName, source).validate(lab);
        cache.put(bytes, lab);
        return lab;
    }

    private static String describe(String file, String source, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String line = where == null || where.getLineNr() < 0 ? "" : ":" + where.getLineNr();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String found = new SourceLocator(source).lineOf(fieldPath(mapping), null);
            line = found.isEmpty() ? line : found;
        }
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " field '" + fieldPath(mapping) + "':" : "";
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem = "unknown field (known: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        } else {
            problem = firstLine(e.getOriginalMessage());
        }
        return file + line + ":" + field + " " + problem;
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
