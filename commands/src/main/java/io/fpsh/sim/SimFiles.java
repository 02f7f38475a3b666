package io.fpsh.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The simulated device's file tree: directories, and files whose content is computed when read (so
 * /etc/resolv.conf and the logs always reflect the current state). Nothing here touches the host's files.
 */
public final class SimFiles {
    private final Map<String, Supplier<byte[]>> files = new TreeMap<>();
    private final Map<String, Boolean> directories = new TreeMap<>();
    private final Map<String, Supplier<Map<String, String>>> dynamicDirectories = new TreeMap<>();

    public void addDirectory(String path) {
        String current = "";
        for (String part : path.substring(1).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            current = current + "/" + part;
            directories.put(current, true);
        }
        directories.put("/", true);
    }

    public void addFile(String path, Supplier<byte[]> content) {
        addDirectory(parent(path));
        files.put(path, content);
    }

    public void addText(String path, Supplier<String> content) {
        addFile(path, () -> content.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A directory whose files are only known when first looked at (e.g. names derived from generated keys). */
    public void addDynamicDirectory(String path, Supplier<Map<String, String>> entries) {
        addDirectory(path);
        dynamicDirectories.put(normal(path), entries);
    }

    public boolean isDirectory(String path) {
        return directories.containsKey(normal(path));
    }

    public boolean isFile(String path) {
        return files.containsKey(normal(path)) || dynamicEntry(normal(path)).isPresent();
    }

    public Optional<byte[]> read(String path) {
        Supplier<byte[]> content = files.get(normal(path));
        if (content == null) {
            return dynamicEntry(normal(path)).map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return Optional.of(content.get());
    }

    private Optional<String> dynamicEntry(String path) {
        Supplier<Map<String, String>> entries = dynamicDirectories.get(parent(path));
        return entries == null ? Optional.empty() : Optional.ofNullable(entries.get().get(path.substring(path.lastIndexOf('/') + 1)));
    }

    /** The names directly inside a directory, sorted; empty when it is not one. */
    public List<String> list(String directory) {
        String dir = normal(directory);
        String prefix = dir.equals("/") ? "/" : dir + "/";
        List<String> names = new ArrayList<>();
        for (String path : directories.keySet()) {
            addChild(names, prefix, path);
        }
        for (String path : files.keySet()) {
            addChild(names, prefix, path);
        }
        Supplier<Map<String, String>> dynamic = dynamicDirectories.get(dir);
        if (dynamic != null) {
            names.addAll(dynamic.get().keySet());
        }
        return names.stream().distinct().sorted().toList();
    }

    private static void addChild(List<String> names, String prefix, String path) {
        if (path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0) {
            names.add(path.substring(prefix.length()));
        }
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    static String normal(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
