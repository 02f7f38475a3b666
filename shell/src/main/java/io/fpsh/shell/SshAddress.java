package io.fpsh.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code [user@]host[:port]} as ssh takes it; what is left out comes from the ssh config or the defaults. */
record SshAddress(String user, String host, Integer port) {
    private static final Pattern ADDRESS = Pattern.compile("(?:([^@\\s/]+)@)?(\\[[^\\]]+\\]|[^:@/\\s\\[\\]]+)(?::(\\d{1,5}))?");

    /** @return user and port null when not given */
    static SshAddress parse(String address) throws FpshException {
        Matcher parts = ADDRESS.matcher(address.strip());
        if (!parts.matches()) {
            throw FpshException.usage("'" + Printable.of(address) + "': expected [user@]host[:port]");
        }
        String host = parts.group(2).replaceAll("^\\[|\\]$", "");
        return new SshAddress(parts.group(1), host, parts.group(3) == null ? null : Integer.valueOf(parts.group(3)));
    }
}
