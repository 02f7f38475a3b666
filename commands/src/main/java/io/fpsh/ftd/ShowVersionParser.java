package io.fpsh.ftd;

import io.fpsh.ftd.LabelledSections.Section;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a device's {@code show version} text into {@link VersionInfo}: the {@code ---[ hostname ]---} block only, so
 * the LINA tail that diagnostic-cli and SCC append after the footer is ignored. {@code Rules update version} (6.x),
 * {@code LSP version} (7.x) and {@code UUID} are optional.
 */
public final class ShowVersionParser {
    private static final String COMMAND = "show version";
    // "Cisco Firepower Threat Defense for VMWare (75) Version 6.5.0 (Build 115)": the model is what precedes " Version ".
    private static final Pattern MODEL = Pattern.compile("(.+) Version (\\S+) \\(Build (\\d+)\\)");

    private ShowVersionParser() {}

    public static VersionInfo parse(String text) {
        List<Section> sections = LabelledSections.read(CapturedOutput.lines(text));
        List<Section> headed = sections.stream().filter(s -> s.fill() == '-' && !s.title().isEmpty()).toList();
        if (headed.isEmpty()) {
            throw new FtdParseException(COMMAND, "no '---[ hostname ]---' header");
        }
        // show network has ---[ IPv4 ]--- headers too: the version block is the one with the Model line.
        Section block = headed.stream().filter(s -> s.valueOf("Model") != null).findFirst()
                .orElseThrow(() -> new FtdParseException(COMMAND, "no 'Model' line under a '---[ hostname ]---' header"));
        String model = block.valueOf("Model");
        Matcher version = MODEL.matcher(model);
        if (!version.matches()) {
            throw new FtdParseException(COMMAND, "'Model' is not '<model> Version <version> (Build <n>)': '" + model + "'");
        }
        String vdb = block.valueOf("VDB version");
        if (vdb == null) {
            throw new FtdParseException(COMMAND, "no 'VDB version' line under '[ " + block.title() + " ]'");
        }
        return new VersionInfo(block.title(), version.group(1), version.group(2), Integer.parseInt(version.group(3)),
                block.valueOf("UUID"), block.valueOf("Rules update version"), block.valueOf("LSP version"), vdb);
    }
}
