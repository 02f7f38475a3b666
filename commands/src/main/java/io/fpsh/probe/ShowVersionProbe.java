package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.FtdParseException;
import io.fpsh.ftd.ShowVersionParser;
import io.fpsh.ftd.VersionInfo;

import java.util.List;

/** {@code show version}: hostname, model, version and build, UUID, rules/LSP and VDB versions. */
public final class ShowVersionProbe implements Probe<VersionInfo> {

    @Override public String name() { return "show-version"; }

    @Override public String summary() { return "show version: model, software version and build, VDB and rules/LSP versions"; }

    @Override public Mode mode() { return Mode.CLISH; }

    @Override public Class<VersionInfo> recordType() { return VersionInfo.class; }

    @Override public String command(List<String> args) { return "show version"; }

    @Override
    public VersionInfo parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        try {
            VersionInfo info = ShowVersionParser.parse(output.text());
            noteHeader(output);
            ShowNetworkProbe.noteLabelled(output, "version", "Model");
            ShowNetworkProbe.noteLabelled(output, "uuid", "UUID");
            ShowNetworkProbe.noteLabelled(output, "rulesUpdateVersion", "Rules update version");
            ShowNetworkProbe.noteLabelled(output, "lspVersion", "LSP version");
            ShowNetworkProbe.noteLabelled(output, "vdbVersion", "VDB version");
            return info;
        } catch (FtdParseException e) {
            throw new ProbeParseException(name() + ": " + e.getMessage());
        }
    }

    /** The {@code ---[ hostname ]---} line gives the hostname. */
    private static void noteHeader(ProbeOutput output) {
        List<String> lines = output.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("-") && lines.get(i).contains("[ ")) {
                output.from("hostname", i);
                return;
            }
        }
    }
}
