package io.fpsh.playbook.fleet;

import io.fpsh.playbook.fleet.YamlTree.Entry;
import io.fpsh.playbook.fleet.YamlTree.ListNode;
import io.fpsh.playbook.fleet.YamlTree.MapNode;
import io.fpsh.playbook.fleet.YamlTree.Node;
import io.fpsh.playbook.fleet.YamlTree.Scalar;
import io.fpsh.ssh.SshCommandLine;
import io.fpsh.ssh.SshTargets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an inventory (YAML): {@code hosts}, {@code groups} and {@code defaults}, as Nornir's three files in one, each
 * host's settings inherited from itself, then its groups in the order listed (a group's own {@code groups} after
 * it), then {@code defaults}; {@code data} is merged key by key in the same order. Credentials only by reference
 * ({@code key-file}, {@code ssh-agent}, {@code password-env}, {@code ask-password}): a key that looks like a secret
 * refuses the file. Every problem is one line with the file and line; all are reported, none is guessed around.
 */
public final class InventoryReader {
    static final int MAX_BYTES = 8 << 20;
    private static final int MAX_PROBLEMS = 20;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    /** Keys that name a secret: refused wherever they are written, data included. */
    private static final Pattern SECRET = Pattern.compile(
            "(?i)password|passwd|passphrase|secret|token|credential|api[-_]?key|private[-_]?key|(^|[-_.])(pass|pwd)([-_.]|$)");
    /** The two keys that name how a password is got, never the password. */
    private static final Set<String> SECRET_REFERENCES = Set.of("password-env", "ask-password");
    private static final List<String> SETTINGS = List.of("address", "port", "user", "groups", "key-file",
            "ssh-agent", "password-env", "ask-password", "known-hosts", "data");
    /** What Nornir and Ansible call our keys: an unknown key that is one of these gets a hint. */
    private static final Map<String, String> OTHER_NAMES = Map.of("hostname", "address", "ansible_host", "address",
            "host", "address", "username", "user", "ansible_user", "user", "ansible_port", "port", "vars", "data",
            "children", "groups (in each host)", "ssh_private_key_file", "key-file");

    private final String file;
    private final Path folder;
    private final Map<String, String> environment;
    private final List<String> problems = new ArrayList<>();

    private InventoryReader(String file, Path folder, Map<String, String> environment) {
        this.file = file;
        this.folder = folder;
        this.environment = environment;
    }

    /** Reads {@code file}; {@code ${VAR}} in data values is taken from the environment. */
    public static Inventory read(Path file) throws InventoryException {
        return read(file, System.getenv());
    }

    public static Inventory read(Path file, Map<String, String> environment) throws InventoryException {
        byte[] bytes;
        if (Files.isDirectory(file)) {
            throw new InventoryException(file + ": is a directory, not an inventory");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InventoryException(file + ": not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InventoryException(file + ": no such file");
        } catch (IOException e) {
            throw new InventoryException(file + ": cannot be read");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InventoryException(file + ": too large for an inventory (over " + MAX_BYTES + " bytes)");
        }
        Path folder = file.toAbsolutePath().getParent();
        return new InventoryReader(file.toString(), folder, environment).parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private Inventory parse(String source) throws InventoryException {
        YamlTree.Read read;
        try {
            read = YamlTree.read(source);
        } catch (IOException | RuntimeException e) {
            throw new InventoryException(file + syntaxLine(e) + ": not valid YAML: " + firstLine(e.getMessage()));
        }
        read.problems().forEach(p -> problem(p.line(), p.message()));
        if (!(read.root() instanceof MapNode root)) {
            throw new InventoryException(file + ":1: an inventory is a map with hosts (and groups, defaults)");
        }
        for (Entry entry : root.entries().values()) {
            if (!Set.of("hosts", "groups", "defaults").contains(entry.key().name())) {
                unknownKey(entry.key(), "at the top (hosts, groups, defaults)");
            }
        }
        Layer defaults = layer(root.entries().get("defaults"), "defaults", false);
        Map<String, Layer> groups = named(root.entries().get("groups"), "group");
        Map<String, Layer> hostLayers = named(root.entries().get("hosts"), "host");
        if (!root.entries().containsKey("hosts")) {
            problem(1, "no hosts: an inventory lists its devices under hosts:");
        } else if (hostLayers.isEmpty() && problems.isEmpty()) {
            problem(root.entries().get("hosts").key().line(), "hosts: is empty");
        }
        for (String name : hostLayers.keySet()) {
            if (groups.containsKey(name)) {
                problem(hostLayers.get(name).line(), "'" + name + "' is both a host and a group: --limit could not"
                        + " tell them apart");
            }
        }
        checkGroupReferences(groups, groups);
        checkGroupReferences(hostLayers, groups);
        List<InventoryHost> hosts = new ArrayList<>();
        if (problems.isEmpty()) {
            for (Map.Entry<String, Layer> host : hostLayers.entrySet()) {
                resolve(host.getKey(), host.getValue(), groups, defaults).ifPresent(hosts::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InventoryException(problems.size() > MAX_PROBLEMS
                    ? append(problems.subList(0, MAX_PROBLEMS), "... and " + (problems.size() - MAX_PROBLEMS) + " more")
                    : problems);
        }
        return new Inventory(file, hosts, groups.keySet());
    }

    /** The settings written in one host, group or the defaults; null fields were not written there. */
    private record Layer(int line, String address, Integer port, String user, List<String> groups, Path keyFile,
                         Boolean sshAgent, String passwordEnv, Boolean askPassword, Path knownHosts,
                         Map<String, String> data, Map<String, Integer> groupLines) {}

    private Map<String, Layer> named(Entry section, String kind) {
        Map<String, Layer> layers = new LinkedHashMap<>();
        if (section == null || section.value() instanceof Scalar s && s.text() == null) {
            return layers;
        }
        if (!(section.value() instanceof MapNode map)) {
            problem(section.key().line(), section.key().name() + ": expected a map of " + kind + " names");
            return layers;
        }
        for (Entry entry : map.entries().values()) {
            String name = entry.key().name();
            if (!NAME.matcher(name).matches()) {
                problem(entry.key().line(), kind + " name '" + Shown.key(name)
                        + "': letters, digits, '.', '_' or '-', 64 at most");
                continue;
            }
            Layer layer = layer(entry, kind + " " + name, true);
            if (layer != null) {
                layers.put(name, layer);
            }
        }
        return layers;
    }

    private Layer layer(Entry entry, String where, boolean mayHaveGroups) {
        if (entry == null) {
            return null;
        }
        int line = entry.key().line();
        if (entry.value() instanceof Scalar s && s.text() == null) {
            return new Layer(line, null, null, null, List.of(), null, null, null, null, null, Map.of(), Map.of());
        }
        if (!(entry.value() instanceof MapNode map)) {
            problem(line, where + ": expected a map of settings (" + String.join(", ", SETTINGS) + ")");
            return null;
        }
        String address = null;
        Integer port = null;
        String user = null;
        List<String> groups = new ArrayList<>();
        Map<String, Integer> groupLines = new LinkedHashMap<>();
        Path keyFile = null;
        Boolean agent = null;
        String passwordEnv = null;
        Boolean ask = null;
        Path knownHosts = null;
        Map<String, String> data = new LinkedHashMap<>();
        for (Entry setting : map.entries().values()) {
            YamlTree.Key key = setting.key();
            if (secretKey(key)) {
                continue;
            }
            Node value = setting.value();
            switch (key.name()) {
                case "address" -> address = address(key, value);
                case "port" -> port = port(key, value);
                case "user" -> user = text(key, value);
                case "groups" -> {
                    if (!mayHaveGroups) {
                        problem(key.line(), "groups: not in defaults (defaults apply to every host already)");
                    } else {
                        groupList(key, value, groups, groupLines);
                    }
                }
                case "key-file" -> keyFile = keyFile(key, value);
                case "ssh-agent" -> agent = yesNo(key, value);
                case "password-env" -> passwordEnv = variable(key, value);
                case "ask-password" -> ask = yesNo(key, value);
                case "known-hosts" -> knownHosts = path(key, value);
                case "data" -> data(key, value, data);
                default -> unknownKey(key, "in " + where + " (" + String.join(", ", SETTINGS) + ")");
            }
        }
        return new Layer(line, address, port, user, groups, keyFile, agent, passwordEnv, ask, knownHosts, data,
                groupLines);
    }

    /** A key naming a secret is refused (its value is never read, let alone shown). */
    private boolean secretKey(YamlTree.Key key) {
        if (SECRET_REFERENCES.contains(key.name()) || !SECRET.matcher(key.name()).find()) {
            return false;
        }
        problem(key.line(), "'" + Shown.key(key.name()) + "': an inventory holds no password or secret; give"
                + " password-env: VARIABLE, ask-password: true, key-file: FILE or ssh-agent: true");
        return true;
    }

    private void unknownKey(YamlTree.Key key, String where) {
        String hint = OTHER_NAMES.get(key.name());
        problem(key.line(), "unknown key '" + Shown.key(key.name()) + "' " + where
                + (hint == null ? "" : "; did you mean " + hint + "?"));
    }

    private String text(YamlTree.Key key, Node value) {
        if (value instanceof Scalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        problem(key.line(), key.name() + ": expected a value");
        return null;
    }

    private String address(YamlTree.Key key, Node value) {
        String text = text(key, value);
        if (text == null) {
            return null;
        }
        if (text.startsWith("lab:")) {
            if (text.length() == 4) {
                problem(key.line(), "address: lab: needs a lab name or file");
                return null;
            }
            return text;
        }
        String destination = text.startsWith("ssh://") ? text.substring(6).replaceFirst("/$", "") : text;
        Optional<SshCommandLine> parsed = SshTargets.destination(destination);
        if (parsed.isEmpty()) {
            problem(key.line(), "address '" + Shown.key(text) + "': expected ssh://[user@]host[:port], host, or"
                    + " lab:NAME");
            return null;
        }
        if (parsed.get().user() != null && parsed.get().user().contains(":")) {
            problem(key.line(), "address: an inventory holds no password (user:password@); give password-env:"
                    + " VARIABLE or ask-password: true");
            return null;
        }
        return text;
    }

    private Integer port(YamlTree.Key key, Node value) {
        String text = text(key, value);
        if (text == null) {
            return null;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problem(key.line(), "port: expected 1 to 65535 (got '" + Shown.key(text) + "')");
        return null;
    }

    private Boolean yesNo(YamlTree.Key key, Node value) {
        String text = text(key, value);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(key.line(), key.name() + ": expected true or false (got '" + Shown.key(text) + "')");
                yield null;
            }
        };
    }

    private String variable(YamlTree.Key key, Node value) {
        String text = text(key, value);
        if (text != null && !VARIABLE.matcher(text).matches()) {
            problem(key.line(), "password-env: expected the NAME of an environment variable, not its value");
            return null;
        }
        return text;
    }

    private Path path(YamlTree.Key key, Node value) {
        String text = text(key, value);
        if (text == null) {
            return null;
        }
        String expanded = text.equals("~") || text.startsWith("~/")
                ? System.getProperty("user.home") + text.substring(1) : text;
        return folder.resolve(expanded).normalize();
    }

    private Path keyFile(YamlTree.Key key, Node value) {
        Path path = path(key, value);
        if (path != null && !Files.isRegularFile(path)) {
            problem(key.line(), "key-file " + Shown.key(path.toString()) + ": no such file");
        }
        return path;
    }

    private void groupList(YamlTree.Key key, Node value, List<String> groups, Map<String, Integer> lines) {
        List<Node> items = value instanceof ListNode list ? list.items()
                : value instanceof Scalar s && s.text() != null ? List.of(value) : null;
        if (items == null) {
            problem(key.line(), "groups: expected a list of group names");
            return;
        }
        for (Node item : items) {
            if (item instanceof Scalar s && s.text() != null) {
                groups.add(s.text().strip());
                lines.putIfAbsent(s.text().strip(), item.line());
            } else {
                problem(item.line(), "groups: expected group names");
            }
        }
    }

    private void data(YamlTree.Key key, Node value, Map<String, String> data) {
        if (value instanceof Scalar s && s.text() == null) {
            return;
        }
        if (!(value instanceof MapNode map)) {
            problem(key.line(), "data: expected a map of site parameters (site-dns: 192.0.2.11)");
            return;
        }
        for (Entry entry : map.entries().values()) {
            if (secretKey(entry.key())) {
                continue;
            }
            if (!(entry.value() instanceof Scalar s) || s.text() == null) {
                problem(entry.key().line(), "data." + Shown.key(entry.key().name()) + ": expected a value");
                continue;
            }
            String expanded = expand(entry.key(), s.text());
            if (expanded != null) {
                data.put(entry.key().name(), expanded);
            }
        }
    }

    /**
     * {@code ${VAR}} replaced by the environment's value: how a site parameter that holds a password (a proxy URL)
     * is given. A URL that writes its password in clear is refused.
     */
    private String expand(YamlTree.Key key, String text) {
        Matcher userInfo = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/@\\s]*:([^/@\\s]*)@").matcher(text);
        if (userInfo.find() && !userInfo.group(1).matches("\\$\\{[^}]*}")) {
            problem(key.line(), "data." + Shown.key(key.name()) + ": an inventory holds no password; write the URL as"
                    + " scheme://user:${VARIABLE}@host:port with the password in that environment variable");
            return null;
        }
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String value = VARIABLE.matcher(name).matches() ? environment.get(name) : null;
            if (value == null) {
                problem(key.line(), "data." + Shown.key(key.name()) + ": ${" + Shown.key(name) + "} is not set in the"
                        + " environment");
                return null;
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private void checkGroupReferences(Map<String, Layer> layers, Map<String, Layer> groups) {
        for (Layer layer : layers.values()) {
            for (Map.Entry<String, Integer> group : layer.groupLines().entrySet()) {
                if (!groups.containsKey(group.getKey())) {
                    problem(group.getValue(), "group '" + Shown.key(group.getKey()) + "' is not defined under groups:");
                }
            }
        }
    }

    private Optional<InventoryHost> resolve(String name, Layer host, Map<String, Layer> groups, Layer defaults) {
        List<String> order = new ArrayList<>();
        if (!expandGroups(host.groups(), groups, order, new LinkedHashSet<>(), host.line())) {
            return Optional.empty();
        }
        List<Layer> chain = new ArrayList<>();
        chain.add(host);
        order.forEach(g -> chain.add(groups.get(g)));
        if (defaults != null) {
            chain.add(defaults);
        }
        String address = first(chain, Layer::address);
        if (address == null) {
            problem(host.line(), "host '" + name + "' has no address: give address: ssh://HOST[:PORT] or lab:NAME"
                    + " (in the host, a group or defaults)");
            return Optional.empty();
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            data.putAll(chain.get(i).data());
        }
        if (address.startsWith("lab:")) {
            return Optional.of(new InventoryHost(name, address, 0, null, order,
                    new SshAccess(null, false, null, false, null), data, host.line()));
        }
        SshCommandLine destination = SshTargets.destination(address.replaceFirst("^ssh://", "").replaceFirst("/$", ""))
                .orElseThrow();
        String user = destination.user() != null ? destination.user() : first(chain, Layer::user);
        if (user == null) {
            problem(host.line(), "host '" + name + "' has no user: give user: NAME (in the host, a group or defaults)");
            return Optional.empty();
        }
        Integer port = destination.port() != null ? destination.port() : first(chain, Layer::port);
        Boolean agent = first(chain, Layer::sshAgent);
        Boolean ask = first(chain, Layer::askPassword);
        SshAccess access = new SshAccess(first(chain, Layer::keyFile), agent == null || agent,
                first(chain, Layer::passwordEnv), ask != null && ask, first(chain, Layer::knownHosts));
        return Optional.of(new InventoryHost(name, destination.host(), port == null ? 22 : port, user, order, access,
                data, host.line()));
    }

    /** The groups in inheritance order: each listed group, then its own groups, each once; a cycle is an error. */
    private boolean expandGroups(List<String> listed, Map<String, Layer> groups, List<String> order,
                                 Set<String> path, int line) {
        for (String group : listed) {
            if (path.contains(group)) {
                problem(line, "groups form a cycle: " + String.join(" > ", path) + " > " + group);
                return false;
            }
            if (order.contains(group)) {
                continue;
            }
            order.add(group);
            path.add(group);
            boolean ok = expandGroups(groups.get(group).groups(), groups, order, path, groups.get(group).line());
            path.remove(group);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static <T> T first(List<Layer> chain, java.util.function.Function<Layer, T> field) {
        for (Layer layer : chain) {
            T value = field.apply(layer);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private void problem(int line, String message) {
        String text = file + ":" + line + ": " + message;
        if (!problems.contains(text)) {
            problems.add(text);
        }
    }

    private static List<String> append(List<String> lines, String last) {
        List<String> all = new ArrayList<>(lines);
        all.add(last);
        return all;
    }

    private static String syntaxLine(Throwable e) {
        Matcher line = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return line.find() ? ":" + line.group(1) : "";
    }

    private static String firstLine(String message) {
        return message == null ? "" : Shown.key(message.strip().lines().findFirst().orElse("")).replaceAll("\\s+", " ");
    }
}
