package io.fpsh.tools.nslookup;

/**
 * The dump dighost prints after ";; Got bad packet": "N bytes", then 16 bytes a line in hex, a gap, and the same
 * bytes as text with a dot for anything that is not a visible character.
 */
final class BindHexDump {

    private static final int PER_LINE = 16;
    private static final String GAP = "         ";

    private BindHexDump() {}

    static String of(byte[] packet) {
        StringBuilder out = new StringBuilder().append(packet.length).append(" bytes\n");
        for (int start = 0; start < packet.length; start += PER_LINE) {
            int end = Math.min(packet.length, start + PER_LINE);
            for (int i = start; i < end; i++) out.append(String.format("%02x ", packet[i] & 0xff));
            out.append("   ".repeat(start + PER_LINE - end)).append(GAP);
            for (int i = start; i < end; i++) {
                int b = packet[i] & 0xff;
                out.append(b >= '!' && b <= '}' ? (char) b : '.');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
