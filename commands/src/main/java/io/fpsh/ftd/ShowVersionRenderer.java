package io.fpsh.ftd;

/** Renders {@link VersionInfo} as {@code show version} prints it. */
public final class ShowVersionRenderer {
    private ShowVersionRenderer() {}

    public static String render(VersionInfo info) {
        StringBuilder out = new StringBuilder();
        out.append(CliText.header('-', info.hostname())).append('\n');
        out.append(CliText.field("Model", info.model() + " Version " + info.version() + " (Build " + info.build() + ")")).append('\n');
        if (info.uuid() != null) {
            out.append(CliText.field("UUID", info.uuid())).append('\n');
        }
        if (info.rulesUpdateVersion() != null) {
            out.append(CliText.field("Rules update version", info.rulesUpdateVersion())).append('\n');
        }
        if (info.lspVersion() != null) {
            out.append(CliText.field("LSP version", info.lspVersion())).append('\n');
        }
        out.append(CliText.field("VDB version", info.vdbVersion())).append('\n');
        out.append("-".repeat(CliText.WIDTH)).append('\n');
        return out.toString();
    }
}
