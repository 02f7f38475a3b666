package io.fpsh.ftd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a device's {@code show ntp} into {@link NtpStatus}: one server per {@code NTP Server} line. Labels may be
 * padded or not (the one public sample shows them unpadded); a line that is no {@code Label : value} is an error.
 */
public final class ShowNtpParser {
    private static final String COMMAND = "show ntp";
    private static final Pattern FIELD = Pattern.compile("^(\\S.*?)\\s*:\\s+(.*?)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)");

    private ShowNtpParser() {}

    public static NtpStatus parse(String text) {
        List<NtpStatus.Server> servers = new ArrayList<>();
        String address = null;
        String status = null;
        String offset = null;
        String update = null;
        for (String line : CapturedOutput.lines(text)) {
            if (line.isBlank()) {
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                throw new FtdParseException(COMMAND, "not a 'Label : value' line: '" + line.strip() + "'");
            }
            String value = field.group(2);
            switch (field.group(1)) {
                case "NTP Server" -> {
                    if (address != null) {
                        servers.add(server(address, status, offset, update));
                    }
                    address = value;
                    status = offset = update = null;
                }
                case "Status" -> status = value;
                case "Offset" -> offset = value;
                case "Last Update" -> update = value;
                default -> { } // a label of a later release: kept out, not an error
            }
            if (address == null) {
                throw new FtdParseException(COMMAND, "'" + field.group(1) + "' before any 'NTP Server' line");
            }
        }
        if (address != null) {
            servers.add(server(address, status, offset, update));
        }
        return new NtpStatus(servers);
    }

    private static NtpStatus.Server server(String address, String status, String offset, String update) {
        return new NtpStatus.Server(address, status == null ? "" : status, number(offset, "Offset", address),
                (int) number(update, "Last Update", address));
    }

    private static double number(String value, String label, String address) {
        Matcher m = value == null ? null : NUMBER.matcher(value);
        if (m == null || !m.find()) {
            throw new FtdParseException(COMMAND, "no number in '" + label + "' for NTP server " + address);
        }
        return Double.parseDouble(m.group(1));
    }
}
