package io.fpsh.probe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON document of a probe's result, written with Jackson's streaming generator walking records by their
 * components (databind's first write costs ~0.3 s in a cold JVM, the generator's a tenth of that). Field names are
 * the record components' names; enums are their names, dates ISO-8601 strings, an absent value {@code null}.
 *
 * <p>The document: {@code status}, {@code probe}, {@code arguments}, {@code target}, then {@code record} when the
 * state was read or {@code error} when not, then {@code evidence} when something was sent or answered.
 */
public final class ProbeJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ProbeJson() {}

    /** The result as one JSON document, pretty-printed, ending without a newline. */
    public static String write(ProbeResult result) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            write(result, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /**
     * The same document as one value written into {@code json}, a larger document's generator: a run report holds
     * each step's probe results in this form, so there is one encoding of a result, not two.
     */
    public static void write(ProbeResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("status", result.status().name());
        json.writeStringField("probe", result.probe());
        json.writeFieldName("arguments");
        value(json, result.arguments());
        json.writeStringField("target", result.target());
        if (result.record() != null) {
            json.writeFieldName("record");
            value(json, result.record());
        }
        if (result.error() != null) {
            json.writeStringField("error", result.error());
        }
        if (result.evidence() != null) {
            json.writeFieldName("evidence");
            value(json, result.evidence());
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Record record) {
            json.writeStartObject();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                json.writeFieldName(component.getName());
                value(json, RecordValues.read(component, record));
            }
            json.writeEndObject();
        } else if (value instanceof CharSequence || value instanceof Character) {
            json.writeString(value.toString());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else if (value instanceof Optional<?> optional) {
            value(json, optional.orElse(null));
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof InetAddress address) {
            json.writeString(address.getHostAddress());
        } else {
            // Instants and other dates print as ISO-8601; anything else as its text
            json.writeString(value instanceof TemporalAccessor ? value.toString() : String.valueOf(value));
        }
    }
}
