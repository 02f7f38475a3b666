package io.fpsh.ftd;

/** Writes {@link ResolvConfFile} as resolv.conf: the search line, one line per name server, then the options. */
public final class ResolvConfRenderer {
    private ResolvConfRenderer() {}

    public static String render(ResolvConfFile conf) {
        StringBuilder out = new StringBuilder();
        if (!conf.searchDomains().isEmpty()) {
            out.append("search ").append(String.join(" ", conf.searchDomains())).append('\n');
        }
        for (String server : conf.nameservers()) {
            out.append("nameserver ").append(server).append('\n');
        }
        if (!conf.options().isEmpty()) {
            out.append("options ").append(String.join(" ", conf.options())).append('\n');
        }
        return out.toString();
    }
}
