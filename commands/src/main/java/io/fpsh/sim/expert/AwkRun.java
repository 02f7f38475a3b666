package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One run of an {@link AwkProgram}: its variables, arrays, the current record and its fields, and the output. */
final class AwkRun {

    /** {@code next}: on to the next record. */
    static final class Next extends RuntimeException {
        Next() {
            super(null, null, false, false);
        }
    }

    /** {@code exit [N]}: straight to END (or out of it). */
    static final class Exit extends RuntimeException {
        final int status;

        Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** An error that stops awk, as {@code awk: cmd. line:1: fatal: ...}. */
    static final class Fatal extends RuntimeException {
        Fatal(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, Object> variables = new HashMap<>();
    private final Map<String, Map<String, Object>> arrays = new HashMap<>();
    private final Map<String, Pattern> regexCache = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    private final Cancellation cancellation;
    private String record = "";
    private List<String> fields = List.of();
    int exitStatus;

    AwkRun(String fieldSeparator, Cancellation cancellation) {
        this.cancellation = cancellation;
        variables.put("FS", fieldSeparator);
        variables.put("OFS", " ");
        variables.put("ORS", "\n");
        variables.put("NR", 0.0);
        variables.put("FNR", 0.0);
        variables.put("SUBSEP", "\034");
    }

    void setRecord(String text) {
        record = text;
        fields = splitFields(text, fs());
    }

    String record() {
        return record;
    }

    String fs() {
        return AwkValues.string(variables.get("FS"));
    }

    String ofs() {
        return AwkValues.string(variables.get("OFS"));
    }

    String ors() {
        return AwkValues.string(variables.get("ORS"));
    }

    /** Output text as print shows a value: numbers that are not integers as {@code %.6g} (OFMT). */
    String outputString(Object value) {
        return AwkValues.string(value);
    }

    /** Where output goes as it grows, so a program printing without end streams instead of filling memory. */
    private java.util.function.Consumer<String> sink;

    void streamTo(java.util.function.Consumer<String> sink) {
        this.sink = sink;
    }

    void write(String text) {
        out.append(text);
        if (sink != null && out.length() >= 8192) {
            sink.accept(drain());
            tick(); // a reader gone or a budget spent cancels the run: stop here too
        }
    }

    /** What was printed since the last call. */
    String drain() {
        String text = out.toString();
        out.setLength(0);
        return text;
    }

    /** Called in loops: a Ctrl-C stops a program that never ends. */
    void tick() {
        if (cancellation.isCancelled()) {
            throw new Exit(130);
        }
    }

    Object variable(String name) {
        if (name.equals("NF")) {
            return (double) fields.size();
        }
        return variables.get(name);
    }

    void setVariable(String name, Object value) {
        if (arrays.containsKey(name)) {
            throw new Fatal("attempt to use array `" + name + "' in a scalar context");
        }
        if (name.equals("NF")) {
            int count = (int) AwkValues.number(value);
            List<String> resized = new ArrayList<>(fields);
            while (resized.size() < count) {
                resized.add("");
            }
            fields = resized.subList(0, Math.max(0, count));
            record = String.join(ofs(), fields);
            return;
        }
        variables.put(name, value);
    }

    Map<String, Object> array(String name) {
        if (variables.containsKey(name)) {
            throw new Fatal("attempt to use scalar `" + name + "' as an array");
        }
        return arrays.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    Object field(int index) {
        if (index < 0) {
            throw new Fatal("attempt to access field " + index);
        }
        if (index == 0) {
            return new AwkValues.Field(record);
        }
        return new AwkValues.Field(index <= fields.size() ? fields.get(index - 1) : "");
    }

    void setField(int index, Object value) {
        if (index < 0) {
            throw new Fatal("attempt to access field " + index);
        }
        if (index == 0) {
            setRecord(AwkValues.string(value));
            return;
        }
        List<String> changed = new ArrayList<>(fields);
        while (changed.size() < index) {
            changed.add("");
        }
        changed.set(index - 1, AwkValues.string(value));
        fields = changed;
        record = String.join(ofs(), fields);
    }

    AwkProgram.Place recordPlace() {
        return new AwkProgram.Place() {
            @Override public Object eval(AwkRun run) { return field(0); }
            @Override public void set(AwkRun run, Object value) { setField(0, value); }
        };
    }

    /** A regex literal's pattern, or a string value taken as a dynamic regex (ERE). */
    Pattern regexOf(AwkProgram.Expr expr) {
        String regex = expr instanceof AwkProgram.RegexLiteral literal ? literal.regex() : AwkValues.string(expr.eval(this));
        return compile(regex);
    }

    private Pattern compile(String regex) {
        Pattern cached = regexCache.get(regex);
        if (cached == null) {
            try {
                cached = Pattern.compile(PosixRegex.toJava(regex, true));
            } catch (PosixRegex.InvalidPattern | java.util.regex.PatternSyntaxException e) {
                throw new Fatal("invalid regexp: /" + regex + "/");
            }
            regexCache.put(regex, cached);
        }
        return cached;
    }

    /** awk's field splitting: a blank FS splits on runs of blanks, one character on itself, longer on a regex. */
    List<String> splitFields(String text, String fs) {
        List<String> parts = new ArrayList<>();
        if (fs.equals(" ")) {
            for (String part : text.replaceFirst("^[ \\t\\n]+", "").split("[ \\t\\n]+")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts;
        }
        if (text.isEmpty()) {
            return parts;
        }
        String regex = fs.length() == 1 && fs.charAt(0) != '\\' ? Pattern.quote(fs) : null;
        Pattern separator = regex != null ? Pattern.compile(regex) : compile(fs);
        return List.of(separator.split(text, -1));
    }
}
