package io.fpsh.lab;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads lab files (YAML) into {@link LabFile}, strictly: every problem is one line with file, line and field. */
public final class LabLoader {
    /** Lab files larger than this are refused before parsing (a lab is a few kilobytes). */
    static final int MAX_BYTES = 1 << 20;

    private final LabCache cache;
    private ObjectMapper mapper;
    /** For a file with a base: it may leave out what the base gives, whole numbers included. */
    private ObjectMapper partialMapper;

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
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .addHandler(new MergeMarkers());
        return mapper;
    }

    /** {@code base:} at the top and {@code remove:} in a keyed list's entry are {@link LabMerge}'s, not fields. */
    private static final class MergeMarkers extends DeserializationProblemHandler {
        private static final java.util.Set<Class<?>> KEYED = java.util.Set.of(LabFile.DnsServer.class,
                LabFile.Host.class, LabFile.Endpoint.class, LabFile.Route.class, LabFile.Process.class,
                LabFile.Account.class, LabFile.Manager.class, LabFile.Variable.class);

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass, String name)
                throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if ((type == LabFile.class && name.equals("base")) || (KEYED.contains(type) && name.equals(LabMerge.REMOVE))) {
                parser.skipChildren();
                return true;
            }
            return false;
        }
    }

    private ObjectMapper partialMapper() {
        if (partialMapper == null) {
            partialMapper = mapper().copy().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        }
        return partialMapper;
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
     * Reads a lab file and the bases it names ({@link LabMerge} has the rules), merged into one lab. A base written as a
     * path is relative to the file that names it.
     */
    public LabFile load(Path file) throws LabException {
        return load(file, OptionalLong.empty());
    }

    /**
     * {@link #load(Path)} with the lab's variables drawn from {@code seed} ({@link LabVariables}); without a seed each
     * variable takes its default, as the file is written. The same seed gives the same lab.
     */
    public LabFile load(Path file, OptionalLong seed) throws LabException {
        return parse(new LabText(file.toString(), readFile(file), LabChain.parentOf(file)), seed);
    }

    /** A shipped lab by name ({@code fpsh lab list}); null when there is none of that name. */
    public LabFile loadShipped(String name) throws LabException {
        return loadShipped(name, OptionalLong.empty());
    }

    /** {@link #loadShipped(String)} with its variables drawn from {@code seed} (none: their defaults). */
    public LabFile loadShipped(String name, OptionalLong seed) throws LabException {
        try {
            java.util.Optional<byte[]> bytes = ShippedLabs.read(name, MAX_BYTES + 1);
            return bytes.isEmpty() ? null : parse(new LabText(name + ".yaml", bytes.get(), null), seed);
        } catch (IOException e) {
            throw new LabException(name + ".yaml: cannot be read");
        }
    }

    /**
     * Reads a regular file only: what it is is checked before opening it (opening a FIFO would block until a writer
     * comes; /dev/zero never ends), and no more than {@link #MAX_BYTES} + 1 bytes are read whatever its size says
     * (a file in /proc says 0).
     */
    static byte[] readFile(Path file) throws LabException {
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
        return bytes;
    }

    /** A lab read from a stream; a base written as a path is relative to the working directory. */
    public LabFile load(String displayName, InputStream in) throws LabException {
        return load(displayName, in, OptionalLong.empty());
    }

    /** {@link #load(String, InputStream)} with its variables drawn from {@code seed} (none: their defaults). */
    public LabFile load(String displayName, InputStream in, OptionalLong seed) throws LabException {
        try {
            return parse(new LabText(displayName, in.readNBytes(MAX_BYTES + 1), Path.of("").toAbsolutePath()), seed);
        } catch (IOException e) {
            throw new LabException(displayName + ": cannot be read");
        }
    }

    private static LabException tooLarge(String file) {
        return new LabException(file + ": too large for a lab file (over " + MAX_BYTES + " bytes)");
    }

    LabFile parse(String displayName, byte[] bytes) throws LabException {
        return parse(new LabText(displayName, bytes, Path.of("").toAbsolutePath()), OptionalLong.empty());
    }

    private LabFile parse(LabText lab, OptionalLong seed) throws LabException {
        checkSize(lab);
        List<LabText> chain = LabChain.resolve(lab, LabLoader::readFile);
        for (LabText text : chain) {
            checkSize(text);
        }
        byte[] key = cacheKey(chain, seed);
        Optional<LabFile> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        ObjectNode[] trees = new ObjectNode[chain.size()];
        for (int i = chain.size() - 1; i >= 0; i--) {
            trees[i] = readChecked(chain.get(i));
        }
        java.util.Map<String, String> values = LabVariables.drawn(chain, List.of(trees), seed);
        ObjectNode merged = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            LabText text = chain.get(i);
            ObjectNode tree = LabVariables.substituted(trees[i], text, values);
            merged = merged == null ? LabMerge.alone(tree, text) : LabMerge.merge(merged, tree, text);
        }
        if (seed.isPresent()) {
            merged.put("seed", seed.getAsLong());
        }
        LabFile result;
        try {
            result = mapper().treeToValue(merged, LabFile.class);
        } catch (JsonProcessingException | RuntimeException e) {
            // each file bound on its own: only a merge of two right files could fail here, so the lab's file is named
            throw new LabException(LabParseErrors.describe(lab.displayName(), lab.source(), e));
        }
        new LabValidator(chain).validate(result);
        cache.put(key, result);
        return result;
    }

    private static void checkSize(LabText text) throws LabException {
        if (text.bytes().length > MAX_BYTES) {
            throw tooLarge(text.displayName());
        }
    }

    /**
     * One file read and checked on its own against the schema (types, unknown fields: errors name this file's
     * line), then as a tree for merging. A file with a base may leave out any field; one without is a whole lab. Its {@code base:} must be the line {@link LabChain} read.
     */
    private ObjectNode readChecked(LabText text) throws LabException {
        String source = text.source();
        if (source.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            throw new LabException(text.displayName() + ": empty lab file");
        }
        JsonNode tree;
        try {
            ObjectMapper checking = LabChain.baseLine(source).isPresent() ? partialMapper() : mapper();
            if (checking.readValue(source, LabFile.class) == null) {
                throw new LabException(text.displayName() + ": empty lab file");
            }
            tree = mapper().readTree(source);
        } catch (JsonProcessingException | RuntimeException e) {
            // SnakeYAML limits and malformed scalars surface as unchecked exceptions
            throw new LabException(LabParseErrors.describe(text.displayName(), source, e));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new LabException(text.displayName() + ": empty lab file");
        }
        if (object.has("seed")) {
            String at = new SourceLocator(source).lineOfPath("seed");
            throw new LabException(text.displayName() + at + ": field 'seed': not written in a lab file: the variables"
                    + " are drawn with fpsh --seed N (without one, each takes its default)");
        }
        JsonNode base = object.get("base");
        Optional<LabChain.BaseLine> line = LabChain.baseLine(source);
        if (base != null && (!base.isTextual() || line.isEmpty() || !line.get().value().equals(base.asText().strip()))) {
            String at = new SourceLocator(source).lineOfPath("base");
            throw new LabException(text.displayName() + at + ": field 'base': write it on a line of its own at the top"
                    + " level, as base: NAME or base: path/to/lab.yaml");
        }
        return object;
    }

    /**
     * What a cache entry is for: every file of the chain, so a change to a base is a miss, and the seed the variables
     * were drawn with (each student's lab is an entry of its own).
     */
    private static byte[] cacheKey(List<LabText> chain, OptionalLong seed) {
        if (seed.isEmpty()) {
            return cacheKey(chain);
        }
        java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
        key.writeBytes(cacheKey(chain));
        key.write(0);
        key.writeBytes(("seed=" + seed.getAsLong()).getBytes(StandardCharsets.US_ASCII));
        return key.toByteArray();
    }

    private static byte[] cacheKey(List<LabText> chain) {
        if (chain.size() == 1) {
            return chain.get(0).bytes();
        }
        java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
        for (LabText text : chain) {
            key.writeBytes(text.displayName().getBytes(StandardCharsets.UTF_8));
            key.write(0);
            key.writeBytes(Integer.toString(text.bytes().length).getBytes(StandardCharsets.US_ASCII));
            key.write(0);
            key.writeBytes(text.bytes());
        }
        return key.toByteArray();
    }
}
