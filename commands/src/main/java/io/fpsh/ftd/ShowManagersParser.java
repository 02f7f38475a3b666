package io.fpsh.ftd;

import io.fpsh.ftd.LabelledSections.Field;
import io.fpsh.ftd.LabelledSections.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a device's {@code show managers} text into {@link ManagerInfo}s: one per {@code Type} line;
 * {@code Managed locally.} gives {@link ManagerInfo#managedLocally()}, {@code No managers ...} an empty list.
 */
public final class ShowManagersParser {
    private static final String COMMAND = "show managers";

    private ShowManagersParser() {}

    public static List<ManagerInfo> parse(String text) {
        List<Section> sections = LabelledSections.read(CapturedOutput.lines(text));
        // show managers has no section headers: a header means another command's output.
        if (sections.size() > 1) {
            throw new FtdParseException(COMMAND, "no 'Type' and 'Host' lines, 'Managed locally.' or 'No managers'"
                    + " (found a '[ " + sections.get(1).title() + " ]' header)");
        }
        Section only = sections.get(0);
        if (only.fields().isEmpty()) {
            return statusLine(only.bareLines());
        }
        List<ManagerInfo> managers = new ArrayList<>();
        for (List<Field> entry : entries(only.fields())) {
            managers.add(manager(entry));
        }
        return managers;
    }

    private static List<ManagerInfo> statusLine(List<String> bareLines) {
        if (bareLines.stream().anyMatch(line -> line.startsWith("Managed locally"))) {
            return List.of(ManagerInfo.managedLocally());
        }
        if (bareLines.stream().anyMatch(line -> line.startsWith("No managers"))) {
            return List.of();
        }
        throw new FtdParseException(COMMAND, "no 'Type' and 'Host' lines, 'Managed locally.' or 'No managers'");
    }

    /** The fields split into one run per manager, each run starting at its {@code Type} line. */
    private static List<List<Field>> entries(List<Field> fields) {
        if (!fields.get(0).label().equals("Type")) {
            throw new FtdParseException(COMMAND, "no 'Type' line before '" + fields.get(0).label() + "'");
        }
        List<List<Field>> entries = new ArrayList<>();
        for (Field field : fields) {
            if (field.label().equals("Type")) {
                entries.add(new ArrayList<>());
            }
            entries.get(entries.size() - 1).add(field);
        }
        return entries;
    }

    private static ManagerInfo manager(List<Field> entry) {
        String host = valueOf(entry, "Host");
        if (host == null) {
            throw new FtdParseException(COMMAND, "no 'Host' line for the manager of type '" + valueOf(entry, "Type") + "'");
        }
        return new ManagerInfo(valueOf(entry, "Type"), host, valueOf(entry, "Display name"), valueOf(entry, "Version"),
                valueOf(entry, "Identifier"), valueOf(entry, "Registration"), valueOf(entry, "Management type"));
    }

    private static String valueOf(List<Field> entry, String label) {
        return entry.stream().filter(f -> f.label().equals(label)).map(Field::value).findFirst().orElse(null);
    }
}
