package io.fpsh.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code [user@]host[:port]} as ssh takes it, turned into fpsh's target spec {@code ssh://user@host[:port]}. */
final class SshAddress {
    private static final Pattern ADDRESS = Pattern.compile("(?:([^@\\s/]+)@)?(\\[[^\\]]+\\]|[^:@/\\s\\[\\]]+)(?::(\\d{1,5}))?");

    private SshAddress() {}

    /** The target spec; like ssh, the local user name when none is given. */
    static String toSpec(String address) throws FpshException {
        Matcher parts = ADDRESS.matcher(address.strip());
        if (!parts.matches()) {
            throw FpshException.usage("'" + Printable.of(address) + "': expected [user@]host[:port]");
        }
        String user = parts.group(1) != null ? parts.group(1) : System.getProperty("user.name");
        return "ssh://" + user + "@" + parts.group(2) + (parts.group(3) == null ? "" : ":" + parts.group(3));
    }
}
