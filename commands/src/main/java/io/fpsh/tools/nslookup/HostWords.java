package io.fpsh.tools.nslookup;

import org.xbill.DNS.Type;

/** host's words between a record's owner and its rdata (host.c's table; any other type "has TYPE record"). */
final class HostWords {

    private HostWords() {}

    static String of(int type) {
        return switch (type) {
            case Type.A -> "has address";
            case Type.AAAA -> "has IPv6 address";
            case Type.NS -> "name server";
            case Type.CNAME -> "is an alias for";
            case Type.SOA -> "has SOA record";
            case Type.PTR -> "domain name pointer";
            case Type.HINFO -> "host information";
            case Type.MX -> "mail is handled by";
            case Type.TXT -> "descriptive text";
            default -> "has " + Type.string(type) + " record";
        };
    }
}
