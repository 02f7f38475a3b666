package io.fpsh.playbook.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code fpsh report diff --json}: {@code {"schema": "fpsh-diff/1", "old": FILE, "new": FILE, "changes": [...]}},
 * each change with {@code kind}, {@code target}, {@code step}, {@code detail}, {@code before}, {@code after}
 * ({@link ReportChange}; absent values null).
 */
public final class ReportDiffJson {
    public static final String SCHEMA = "fpsh-diff/1";
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ReportDiffJson() {}

    public static void write(String oldFile, String newFile, List<ReportChange> changes, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("old", oldFile);
            json.writeStringField("new", newFile);
            json.writeArrayFieldStart("changes");
            for (ReportChange change : changes) {
                json.writeStartObject();
                json.writeStringField("kind", change.kind().name());
                json.writeStringField("target", change.target());
                json.writeStringField("step", change.step());
                json.writeStringField("detail", change.detail());
                json.writeStringField("before", change.before());
                json.writeStringField("after", change.after());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
