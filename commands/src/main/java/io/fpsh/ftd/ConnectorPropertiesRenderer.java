package io.fpsh.ftd;

/** Writes {@link ConnectorProperties} as the file holds them: one {@code key=value} line per pair, in order. */
public final class ConnectorPropertiesRenderer {
    private ConnectorPropertiesRenderer() {}

    public static String render(ConnectorProperties file) {
        StringBuilder out = new StringBuilder();
        file.properties().forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
        return out.toString();
    }
}
