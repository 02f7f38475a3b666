package io.fpsh.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A lab's {@code variables:} ({@link LabFile.Variable}) drawn and put in place of their {@code ${name}} references.
 * The rules, the one place they are written:
 * <ul>
 * <li>Each variable is {@code choices}, a {@code range} ({@code 192.0.2.10..192.0.2.26}, {@code 1..9}) or a
 * {@code value} built from the variables above it. Without a seed each takes its {@code default} (the first choice,
 * the range's first value), so a lab with variables behaves as written; with a seed each drawn variable is one of its
 * values, the same for the same seed (a {@link SplittableRandom} seeded from the seed and the variable's name, so adding
 * a variable changes no other's draw).</li>
 * <li>{@code differentFrom: [a, b]} leaves out the values variables above it took (the good server is not the dead
 * one). A choice, a default or a value may use the variables above ({@code choices: ["${deadDns}", "${goodDns}"]}).</li>
 * <li>{@code ${name}} is replaced in every text of the lab, its teaching part included. The variables of a lab and its
 * bases are merged first (by name; a lab redefining a variable replaces the base's whole), so a base's reference takes
 * the lab's definition; each file's references are then replaced before the files are merged, so keyed lists match
 * on the values drawn ({@code - {address: "${deadDns}", remove: true}}). {@code $${} writes a literal {@code ${}. A number or true/false field cannot hold a reference. In YAML's
 * flow style ({@code [..]}, {@code {..}}) a reference is quoted: {@code servers: ["${goodDns}"]}.</li>
 * <li>A reference to no variable, a variable used above its definition, a default that is not one of its values: one
 * line naming the file, its line and the field.</li>
 * </ul>
 */
public final class LabVariables {
    /** A lab is a few variables; a range is a documentation network's hosts or a small count. */
    static final int MAX_VARIABLES = 64;
    static final int MAX_RANGE = 65536;
    static final String SECTION = "variables";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final String KINDS = "choices, range or value";

    private LabVariables() {}

    /**
     * The values {@code lab}'s variables took: its seed's draw, or the defaults (the lab is loaded, so valid). In the
     * order they are written; empty for a lab without variables.
     */
    public static Map<String, String> values(LabFile lab) {
        List<LabFile.Variable> variables = Objects.requireNonNullElse(lab.variables(), List.of());
        try {
            OptionalLong seed = lab.seed() == null ? OptionalLong.empty() : OptionalLong.of(lab.seed());
            return Collections.unmodifiableMap(draw(variables, seed, (name, occurrence, field, problem) ->
                    new LabException(lab.name() + ": field '" + field + "': " + problem)));
        } catch (LabException e) {
            throw new IllegalStateException(e.getMessage(), e); // the same draw passed when the lab was loaded
        }
    }

    /** Where a variable's problem is reported: the file and line that define it. */
    @FunctionalInterface
    interface Placer {
        /** @param occurrence which definition of {@code variable} in its file (2: the second, given twice) */
        LabException error(String variable, int occurrence, String field, String problem);

        default LabException error(String variable, String field, String problem) {
            return error(variable, 1, field, problem);
        }
    }

    /**
     * The values of the lab's variables: its chain's {@code variables:} merged ({@link LabMerge}'s rules: by name, a
     * redefined variable replacing the base's whole), then drawn from {@code seed} or defaulted. {@code trees} are
     * the chain's files as read (lab first, as {@code chain}), where errors are placed.
     */
    static Map<String, String> drawn(List<LabText> chain, List<ObjectNode> trees, OptionalLong seed)
            throws LabException {
        ObjectNode merged = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            ObjectNode own = trees.get(i).objectNode();
            if (trees.get(i).has(SECTION)) {
                own.set(SECTION, trees.get(i).get(SECTION));
            }
            merged = merged == null ? LabMerge.alone(own, chain.get(i)) : LabMerge.merge(merged, own, chain.get(i));
        }
        List<LabFile.Variable> variables = read(merged == null ? null : merged.get(SECTION), chain, trees);
        return draw(variables, seed, (name, occurrence, field, problem) ->
                placedError(chain, trees, name, occurrence, field, problem));
    }

    /**
     * One file of the chain with every reference replaced by its value, before it is merged (so a keyed list's
     * entries are matched on the values drawn); its {@code variables:} kept as written. A reference to no variable,
     * or one badly written, is an error at its line in this file.
     */
    static ObjectNode substituted(ObjectNode tree, LabText text, Map<String, String> values) throws LabException {
        checkReferences(tree, text, values.keySet());
        ObjectNode drawn = tree.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = drawn.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals(SECTION)) {
                field.setValue(substituted(field.getValue(), values, text, field.getKey()));
            }
        }
        return drawn;
    }

    /** The variables of the merged lab as records (each file was bound on its own already: the kinds are right). */
    private static List<LabFile.Variable> read(JsonNode section, List<LabText> chain, List<ObjectNode> trees)
            throws LabException {
        List<LabFile.Variable> variables = new ArrayList<>();
        if (section == null || section.isNull()) {
            return variables;
        }
        for (JsonNode entry : section) {
            if (!entry.isObject()) {
                throw placedError(chain, trees, null, 1, SECTION, "each variable is a section (name: and one of " + KINDS + ")");
            }
            variables.add(new LabFile.Variable(text(entry.get("name")), texts(entry.get("choices")),
                    text(entry.get("range")), texts(entry.get("differentFrom")), text(entry.get("value")),
                    text(entry.get("default"))));
        }
        return variables;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> texts(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> list = new ArrayList<>();
        for (JsonNode element : node) {
            list.add(text(element));
        }
        return list;
    }

    /** Draws (or defaults) each variable in order; the definitions are checked on the way. */
    static Map<String, String> draw(List<LabFile.Variable> variables, OptionalLong seed, Placer placer)
            throws LabException {
        if (variables.size() > MAX_VARIABLES) {
            throw placer.error(null, SECTION, "more than " + MAX_VARIABLES + " variables");
        }
        if (seed.isPresent()) {
            draw(variables, OptionalLong.empty(), placer); // the lab as written (its defaults) holds whatever the seed
        }
        Set<String> all = new HashSet<>();
        for (LabFile.Variable variable : variables) {
            if (variable.name() != null) {
                all.add(variable.name());
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (LabFile.Variable variable : variables) {
            String name = variable.name();
            if (name == null || name.isBlank()) {
                throw placer.error(null, SECTION + ".name", "required: each variable has a name (used as ${name})");
            }
            if (!NAME.matcher(name).matches()) {
                throw placer.error(name, SECTION + ".name", "a letter then letters, digits or _ (got '" + shown(name) + "')");
            }
            if (values.containsKey(name)) {
                throw placer.error(name, 2, SECTION + ".name", "'" + name + "' is defined twice");
            }
            values.put(name, value(variable, seed, values, all, placer));
        }
        return values;
    }

    private static String value(LabFile.Variable variable, OptionalLong seed, Map<String, String> above,
                                Set<String> all, Placer placer) throws LabException {
        String name = variable.name();
        int kinds = (variable.choices() != null ? 1 : 0) + (variable.range() != null ? 1 : 0)
                + (variable.value() != null ? 1 : 0);
        if (kinds != 1) {
            throw placer.error(name, SECTION, "variable '" + name + "' is one of " + KINDS + " (got "
                    + (kinds == 0 ? "none" : "more than one") + ")");
        }
        if (variable.value() != null) {
            if (variable.defaultValue() != null || variable.differentFrom() != null) {
                throw placer.error(name, SECTION + (variable.defaultValue() != null ? ".default" : ".differentFrom"),
                        "variable '" + name + "' is a value: it is never drawn, so takes no "
                                + (variable.defaultValue() != null ? "default" : "differentFrom"));
            }
            return expand(variable.value(), above, all, placer, name, SECTION + ".value");
        }
        List<String> candidates = variable.choices() != null ? choices(variable, above, all, placer)
                : range(variable, placer);
        Set<String> taken = new HashSet<>();
        for (String other : Objects.requireNonNullElse(variable.differentFrom(), List.<String>of())) {
            if (other == null || !above.containsKey(other)) {
                throw placer.error(name, SECTION + ".differentFrom", "names the variables above '" + name + "'"
                        + (other != null && all.contains(other) ? " ('" + other + "' is defined below it)"
                        : " (got '" + shown(other) + "')"));
            }
            taken.add(above.get(other));
        }
        List<String> left = candidates.stream().filter(c -> !taken.contains(c)).toList();
        String field = SECTION + (variable.choices() != null ? ".choices" : ".range");
        if (left.isEmpty()) {
            throw placer.error(name, field, "no value of '" + name + "' is left once its differentFrom's are taken out"
                    + (seed.isPresent() ? " (seed " + seed.getAsLong() + ")" : ""));
        }
        if (variable.defaultValue() != null && seed.isEmpty()) {
            String byDefault = expand(variable.defaultValue(), above, all, placer, name, SECTION + ".default");
            if (!left.contains(byDefault)) {
                throw placer.error(name, SECTION + ".default", "not one of the values '" + name + "' may take (got '"
                        + shown(byDefault) + "')");
            }
            return byDefault;
        }
        if (seed.isEmpty()) {
            return left.get(0);
        }
        return left.get(randomFor(seed.getAsLong(), name).nextInt(left.size()));
    }

    /** One generator per variable, from the seed and its name: the draw of one variable depends on no other's. */
    private static SplittableRandom randomFor(long seed, String name) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (name.hashCode() + 0x632BE59BD9B4E019L)));
    }

    private static List<String> choices(LabFile.Variable variable, Map<String, String> above, Set<String> all,
                                        Placer placer) throws LabException {
        if (variable.choices().isEmpty()) {
            throw placer.error(variable.name(), SECTION + ".choices", "at least one choice");
        }
        List<String> choices = new ArrayList<>();
        for (String choice : variable.choices()) {
            if (choice == null) {
                throw placer.error(variable.name(), SECTION + ".choices", "a choice is empty (an empty text is written '')");
            }
            choices.add(expand(choice, above, all, placer, variable.name(), SECTION + ".choices"));
        }
        return choices;
    }

    /** The values of {@code A..B}: IPv4 addresses or whole numbers, both ends included. */
    private static List<String> range(LabFile.Variable variable, Placer placer) throws LabException {
        String written = variable.range().strip();
        String problem = "a range such as 192.0.2.10..192.0.2.26 or 1..9, the first end the lower (got '"
                + shown(written) + "')";
        int dots = written.indexOf("..");
        if (dots <= 0) {
            throw placer.error(variable.name(), SECTION + ".range", problem);
        }
        String from = written.substring(0, dots).strip();
        String to = written.substring(dots + 2).strip();
        long low;
        long high;
        boolean addresses = IPV4.matcher(from).matches() && IPV4.matcher(to).matches();
        if (addresses) {
            low = ipv4(from);
            high = ipv4(to);
        } else if (NUMBER.matcher(from).matches() && NUMBER.matcher(to).matches()) {
            low = Long.parseLong(from);
            high = Long.parseLong(to);
        } else {
            low = -1;
            high = -2;
        }
        if (low < 0 || high < low) {
            throw placer.error(variable.name(), SECTION + ".range", problem);
        }
        if (high - low >= MAX_RANGE) {
            throw placer.error(variable.name(), SECTION + ".range", "at most " + MAX_RANGE + " values (got '"
                    + shown(written) + "')");
        }
        List<String> values = new ArrayList<>((int) (high - low + 1));
        for (long v = low; v <= high; v++) {
            values.add(addresses ? ipv4(v) : Long.toString(v));
        }
        return values;
    }

    /** An IPv4 address as a number, -1 when a part is over 255. */
    private static long ipv4(String address) {
        long value = 0;
        for (String part : address.split("\\.")) {
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return -1;
            }
            value = value * 256 + octet;
        }
        return value;
    }

    private static String ipv4(long value) {
        return (value >> 24 & 255) + "." + (value >> 16 & 255) + "." + (value >> 8 & 255) + "." + (value & 255);
    }

    /** {@code text} with each {@code ${name}} of a variable above replaced. */
    private static String expand(String text, Map<String, String> above, Set<String> all, Placer placer,
                                 String variable, String field) throws LabException {
        try {
            return References.expand(text, above);
        } catch (References.Problem p) {
            String problem = p.unknown() != null && all.contains(p.unknown())
                    ? "'${" + p.unknown() + "}' is defined below '" + variable + "': a variable uses those above it"
                    : p.describe(above.keySet());
            throw placer.error(variable, field, problem);
        }
    }

    /** Every text of one file of the chain uses defined variables only, written well: else its line. */
    private static void checkReferences(JsonNode node, LabText text, Set<String> defined) throws LabException {
        walk(node, "", text, defined);
    }

    private static void walk(JsonNode node, String path, LabText text, Set<String> defined) throws LabException {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (path.isEmpty() && field.getKey().equals(SECTION)) {
                    continue; // checked as they are drawn
                }
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), text, defined);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                walk(element, path, text, defined);
            }
        } else if (node.isTextual() && node.asText().contains("$")) {
            try {
                References.check(node.asText(), defined);
            } catch (References.Problem p) {
                throw referenceError(text, path, p, defined);
            }
        }
    }

    private static LabException referenceError(LabText text, String path, References.Problem p, Set<String> defined) {
        SourceLocator locator = new SourceLocator(text.source());
        String line = p.unknown() != null ? locator.lineOf(path, "${" + p.unknown() + "}") : locator.lineOf(path, "${");
        if (line.isEmpty()) {
            line = locator.lineOfPath(path);
        }
        return new LabException(text.displayName() + line + ": field '" + shownPath(path) + "': " + p.describe(defined));
    }

    /** The merged tree's texts, references replaced (every one was checked in the file that wrote it). */
    private static JsonNode substituted(JsonNode node, Map<String, String> values, LabText lab, String path)
            throws LabException {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(substituted(field.getValue(), values, lab, path + "." + field.getKey()));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substituted(array.get(i), values, lab, path));
            }
            return array;
        }
        if (node.isTextual() && node.asText().contains("$")) {
            try {
                return TextNode.valueOf(References.expand(node.asText(), values));
            } catch (References.Problem p) {
                throw new LabException(lab.displayName() + ": field '" + shownPath(path) + "': " + p.describe(values.keySet()));
            }
        }
        return node;
    }

    /** A field's path as shown: schema names only, as {@link LabParseErrors} does (a key may be any text). */
    private static String shownPath(String path) {
        StringBuilder shown = new StringBuilder();
        for (String key : path.split("\\.")) {
            shown.append(shown.length() == 0 ? "" : ".").append(LabSchema.isField(key) ? key : "?");
        }
        return shown.toString();
    }

    /** The file and line defining {@code variable} (the lab first, then its bases), with the line of its field. */
    private static LabException placedError(List<LabText> chain, List<ObjectNode> trees, String variable,
                                            int occurrence, String field, String problem) {
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        for (int i = 0; i < chain.size(); i++) {
            JsonNode section = trees.get(i).get(SECTION);
            if (section == null || !section.isArray()) {
                continue;
            }
            for (JsonNode entry : section) {
                if (variable == null || (entry.isObject() && variable.equals(text(entry.get("name"))))) {
                    String line = lineOfEntryField(chain.get(i).source(), variable, occurrence, leaf);
                    return new LabException(chain.get(i).displayName() + line + ": field '" + field + "': " + problem);
                }
            }
        }
        return new LabException(chain.get(0).displayName() + ": field '" + field + "': " + problem);
    }

    /**
     * ":N" of {@code leaf} in the entry of {@code variables:} named {@code variable} (block or flow style), else the
     * entry's line, else the section's.
     */
    static String lineOfEntryField(String source, String variable, int occurrence, String leaf) {
        List<String> lines = source.lines().toList();
        Pattern section = Pattern.compile("^" + SECTION + "\\s*:");
        int start = 0;
        while (start < lines.size() && !section.matcher(lines.get(start)).find()) {
            start++;
        }
        if (start == lines.size()) {
            return "";
        }
        if (variable == null) {
            return ":" + (start + 1);
        }
        Pattern named = Pattern.compile("(^|[\\s{,-])name\\s*:\\s*[\"']?" + Pattern.quote(variable) + "[\"']?\\s*([,}#]|$)");
        int entry = start - 1;
        for (int found = 0; found < occurrence && entry < lines.size(); ) {
            entry++;
            while (entry < lines.size() && !named.matcher(lines.get(entry)).find()) {
                entry++;
            }
            found++;
        }
        if (entry == lines.size()) {
            return ":" + (start + 1);
        }
        Pattern key = Pattern.compile("(^|[\\s{,-])" + Pattern.quote(leaf) + "\\s*:");
        for (int i = entry; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean nextEntry = i > entry && (line.strip().startsWith("- ") || (!line.isBlank() && !line.startsWith(" ")
                    && !line.strip().startsWith("#")));
            if (nextEntry) {
                break;
            }
            if (key.matcher(line).find()) {
                return ":" + (i + 1);
            }
        }
        return ":" + (entry + 1);
    }

    private static String shown(String text) {
        if (text == null) {
            return "";
        }
        String printable = text.replaceAll("[\\p{Cntrl}]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}
