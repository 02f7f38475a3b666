package io.fpsh.lab;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line for a lab file the parser could not read: the file, the line, the field, and the problem in our words (or
 * YAML's fixed ones). The parsers' own messages are never passed on: they quote what they could not read (a line of
 * /etc/shadow) and name Java classes. Keys are quoted only when {@link LabSchema#isQuotable} says so.
 */
final class LabParseErrors {
    /** SnakeYAML's problems that are fixed text (no part of the file in them), kept in YAML's words. */
    private static final List<String> YAML_PROBLEMS = List.of(
            "could not find expected ':'", "mapping values are not allowed here", "mapping keys are not allowed here",
            "sequence entries are not allowed here", "block sequence entries are not allowed here",
            "special characters are not allowed", "found unexpected end of stream", "found unexpected document separator",
            "found unknown escape character", "found undefined tag handle", "duplicate tag handle",
            "found duplicate YAML directive", "found incompatible YAML document", "expected alphabetic or numeric character",
            "expected a comment or a line break", "expected the node content", "expected chomping or indentation indicators",
            "expected indentation indicator in the range 1-9", "expected URI", "expected escape sequence",
            "did not find expected", "expected ',' or '}'", "expected ',' or ']'", "expected ' '", "expected '>'",
            "expected '!'", "expected '<", "expected <");
    /** Jackson names what it found where a value of another kind was expected ("from Array value"). */
    private static final Pattern FOUND = Pattern.compile("from (Array|Object|String|Integer|Floating-point|Boolean) value");
    /** SnakeYAML's limits (aliases, nesting, size): fixed text with numbers, no part of the file. */
    private static final Pattern LIMITS = Pattern.compile(
            "(Number of aliases for non-scalar nodes exceeds the specified max=\\d+|Nesting Depth exceeded max \\d+"
                    + "|The incoming YAML document exceeds the limit: \\d+ code points\\.)");

    /** A fixed problem ending in the token SnakeYAML met instead ("but got <block end>"): no part of the file. */
    private static final Pattern BUT_GOT_TOKEN = Pattern.compile("^(.*), but got <[a-z ]+>$");

    private LabParseErrors() {}

    static String describe(String file, String source, Exception e) {
        MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
        if (yaml != null) {
            if ("while scanning a simple key".equals(yaml.getContext()) && yaml.getContextMark() != null) {
                // the problem is noticed lines later, where the scanner gave up: the key it was reading is the place
                return file + ":" + (yaml.getContextMark().getLine() + 1) + ": while scanning a simple key, "
                        + yamlProblem(yaml.getProblem());
            }
            return file + line(yaml) + ": " + yamlProblem(yaml.getProblem());
        }
        ReaderException reader = cause(e, ReaderException.class);
        if (reader != null) {
            return file + lineAt(source, reader.getPosition()) + ": special characters are not allowed";
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher limit = LIMITS.matcher(String.valueOf(t.getMessage()));
            if (limit.find()) {
                return file + ": " + limit.group(1);
            }
        }
        if (!(e instanceof JsonProcessingException json)) {
            return file + ": not a lab file (unreadable YAML)";
        }
        String at = line(json.getLocation());
        List<String> path = e instanceof JsonMappingException mapping ? names(mapping.getPath()) : contextNames(json);
        String original = String.valueOf(json.getOriginalMessage());
        InputCoercionException number = cause(e, InputCoercionException.class);
        if (number != null) {
            String field = fieldPath(path);
            return file + (field.isEmpty() ? at + ":" : located(source, path, at) + ": field '" + field + "':")
                    + " a number out of range (" + range(number.getTargetType()) + ")";
        }
        if (original.startsWith("Duplicate field '")) {
            String key = original.substring("Duplicate field '".length(), Math.max(original.lastIndexOf('\''), 17));
            return twice(file, source, at, path, key);
        }
        if (original.startsWith("Expected a field name")) {
            return file + at + ": a key must be a name, not a list or a section";
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return file + at + ": unreadable YAML";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            return unknownField(file, source, at, path.subList(0, Math.max(0, path.size() - 1)),
                    String.valueOf(unknown.getPropertyName()), known);
        }
        String field = fieldPath(path);
        String where = field.isEmpty() ? "" : " field '" + field + "':";
        String line = field.isEmpty() ? at : located(source, path, at);
        if (path.isEmpty() && mapping instanceof MismatchedInputException) {
            return file + at + ": not a lab file: expected sections such as name, clock and device (key: value lines)"
                    + found(original);
        }
        if (original.contains("`null`")) {
            return file + line + ":" + where + " required (" + kind(targetOf(mapping)) + ")";
        }
        if (mapping instanceof MismatchedInputException) {
            return file + line + ":" + where + " expected " + kind(targetOf(mapping)) + found(original);
        }
        return file + line + ":" + where + " not a valid value";
    }

    /** A key written twice in one section: named when quotable, else only its line. */
    private static String twice(String file, String source, String at, List<String> parent, String key) {
        List<String> keys = new ArrayList<>(parent);
        keys.add(key);
        String line = new SourceLocator(source).lineOfSecond(keys);
        line = line.isEmpty() ? at : line;
        if (LabSchema.isQuotable(key, List.of())) {
            return file + line + ": field '" + (parent.isEmpty() ? key : fieldPath(parent) + "." + key) + "': given twice";
        }
        return file + line + ": a key given twice " + (parent.isEmpty() ? "at the top level" : "in '" + fieldPath(parent) + "'");
    }

    private static String unknownField(String file, String source, String at, List<String> parent, String key,
                                       List<String> known) {
        List<String> keys = new ArrayList<>(parent);
        keys.add(key);
        // Jackson places an unknown key at the token after it: the line is found in the text, by key path
        String line = located(source, keys, at);
        String list = " (known: " + String.join(", ", known) + ")";
        if (LabSchema.isQuotable(key, known)) {
            String field = parent.isEmpty() ? key : fieldPath(parent) + "." + key;
            return file + line + ": field '" + field + "': unknown field" + list;
        }
        // Not a name the schema could have written: it may be anything (a line of /etc/shadow), so only its line.
        return file + line + ": unknown field " + (parent.isEmpty() ? "at the top level" : "in '" + fieldPath(parent) + "'")
                + list;
    }

    /** The source line of a field, else where the parser was. */
    private static String located(String source, List<String> path, String at) {
        String found = new SourceLocator(source).lineOfPath(path);
        return found.isEmpty() ? at : found;
    }

    /** The keys of a mapping error's path, list indices left out (a lab's lists hold sections of the same fields). */
    private static List<String> names(List<JsonMappingException.Reference> references) {
        List<String> names = new ArrayList<>();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                names.add(ref.getFieldName());
            }
        }
        return names;
    }

    /** The keys of the sections the parser is in, outermost first, for errors the parser itself raised. */
    private static List<String> contextNames(JsonProcessingException e) {
        List<String> names = new ArrayList<>();
        if (e.getProcessor() instanceof JsonParser parser) {
            for (JsonStreamContext context = parser.getParsingContext().getParent(); context != null; context = context.getParent()) {
                if (context.inObject() && context.getCurrentName() != null) {
                    names.add(0, context.getCurrentName());
                }
            }
        }
        return names;
    }

    /** The path as shown: schema field names only (anything else is shown as "?", never quoted). */
    private static String fieldPath(List<String> keys) {
        return keys.stream().map(key -> LabSchema.isField(key) ? key : "?").collect(Collectors.joining("."));
    }

    private static Class<?> targetOf(JsonMappingException e) {
        return e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
    }

    /** What a field of this type holds, in a lab writer's words. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Instant.class) {
            return "a date and time such as 2024-05-14T09:12:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "a section of key: value lines";
        }
        return "a value of another kind";
    }

    private static String found(String jacksonMessage) {
        Matcher found = FOUND.matcher(jacksonMessage);
        if (!found.find()) {
            return "";
        }
        return switch (found.group(1)) {
            case "Array" -> ", found a list";
            case "Object" -> ", found a section";
            case "String" -> ", found a text";
            case "Boolean" -> ", found true or false";
            default -> ", found a number";
        };
    }

    private static String range(Class<?> type) {
        return type == long.class || type == Long.class ? Long.MIN_VALUE + ".." + Long.MAX_VALUE
                : Integer.MIN_VALUE + ".." + Integer.MAX_VALUE;
    }

    /** YAML's own words when they are fixed text; a tab gets the rule it broke. */
    private static String yamlProblem(String problem) {
        String text = problem == null ? "" : problem.strip();
        if (text.contains("(TAB)") || text.contains("tab character")) {
            return "found a tab character where YAML expects a space: tabs are not allowed for indentation";
        }
        if (text.startsWith("found character '@'") || text.startsWith("found character '`'")) {
            return text.substring(0, "found character '@' that cannot start any token".length()); // reserved indicators
        }
        if (text.startsWith("found character")) {
            return "found a character that cannot start any token";
        }
        if (text.startsWith("found duplicate key") || text.startsWith("found duplicate anchor")) {
            return text.startsWith("found duplicate key") ? "a key given twice" : "an anchor given twice";
        }
        for (String fixed : YAML_PROBLEMS) {
            if (text.startsWith(fixed)) {
                // what follows the fixed part ("but found 'x'", a character, a tag) comes from the file; a token
                // name ("but got <stream end>") does not
                Matcher got = BUT_GOT_TOKEN.matcher(text);
                if (got.matches() && !got.group(1).contains(", but found")) {
                    return text;
                }
                int cut = text.indexOf(", but ");
                return cut > 0 ? text.substring(0, cut) : fixed;
            }
        }
        return "not valid YAML";
    }

    private static String line(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? "" : ":" + (mark.getLine() + 1);
    }

    /** ":N" for the line holding character {@code position} of the source. */
    private static String lineAt(String source, int position) {
        int end = Math.min(Math.max(position, 0), source.length());
        return ":" + (1 + source.substring(0, end).chars().filter(c -> c == '\n').count());
    }

    private static String line(JsonLocation where) {
        return where == null || where.getLineNr() < 0 ? "" : ":" + where.getLineNr();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
