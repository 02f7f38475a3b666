package io.fpsh.ftd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FTD output read as sections of {@code Label : value} fields. A {@code ===[ title ]===} or {@code ---[ title ]---}
 * header opens a section; a bare rule ({@code -----}) opens an untitled one (what follows a footer is not the
 * command's own data). Lines indented 8 or more spaces continue the previous field's values (the device indents
 * them 28); other lines without a label are kept as bare lines ({@code IPv4 Default route}, {@code Managed locally.}).
 */
final class LabelledSections {
    private static final Pattern HEADER = Pattern.compile("([=-])+\\[ (.*) \\][=-]+");
    private static final Pattern RULE = Pattern.compile("[=-]{10,}");
    private static final Pattern CONTINUATION = Pattern.compile(" {8,}(\\S.*)");
    // Labels may be indented a little (the 6.x " Gateway" / "  Gateway"); they hold no ':' themselves.
    private static final Pattern FIELD = Pattern.compile(" {0,3}([^\\s:][^:]*?) *: ?(.*)");

    /** One labelled field; {@code values} has more than one entry when continuation lines follow it. */
    record Field(String label, List<String> values) {
        String value() {
            return values.get(0);
        }
    }

    /** A run of fields under one header; {@code title} is empty before the first header and after a rule. */
    record Section(String title, char fill, List<Field> fields, List<String> bareLines) {
        Optional<Field> field(String label) {
            return fields.stream().filter(f -> f.label().equals(label)).findFirst();
        }

        String valueOf(String label) {
            return field(label).map(Field::value).orElse(null);
        }
    }

    private LabelledSections() {}

    static List<Section> read(List<String> lines) {
        List<Section> sections = new ArrayList<>();
        Section current = newSection(sections, "", ' ');
        for (String line : lines) {
            Matcher header = HEADER.matcher(line);
            Matcher continuation = CONTINUATION.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (header.matches()) {
                current = newSection(sections, header.group(2), header.group(1).charAt(0));
            } else if (RULE.matcher(line).matches()) {
                current = newSection(sections, "", line.charAt(0));
            } else if (continuation.matches() && !current.fields().isEmpty()) {
                current.fields().get(current.fields().size() - 1).values().add(continuation.group(1).strip());
            } else if (field.matches()) {
                List<String> values = new ArrayList<>();
                values.add(field.group(2).strip());
                current.fields().add(new Field(field.group(1), values));
            } else if (!line.isBlank()) {
                current.bareLines().add(line.strip());
            }
        }
        return sections;
    }

    private static Section newSection(List<Section> sections, String title, char fill) {
        Section section = new Section(title, fill, new ArrayList<>(), new ArrayList<>());
        sections.add(section);
        return section;
    }
}
