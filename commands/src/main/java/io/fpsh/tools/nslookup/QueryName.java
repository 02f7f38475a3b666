package io.fpsh.tools.nslookup;

import io.fpsh.net.dns.IpLiteral;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.TextParseException;

/** The name dig and host ask for: a typed name made absolute, or an address's in-addr.arpa / ip6.arpa name. */
final class QueryName {

    private QueryName() {}

    static Optional<Name> of(String typed, boolean reverse) {
        if (reverse) return IpLiteral.parse(typed).map(ReverseMap::fromAddress);
        try {
            return Optional.of(Name.fromString(typed.endsWith(".") ? typed : typed + "."));
        } catch (TextParseException e) {
            return Optional.empty();
        }
    }
}
