package io.fpsh.tools.nslookup;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * What one nslookup run found, alongside the text it printed.
 *
 * @param server    the server as nslookup names it ("192.0.2.10" or the name typed), null when none was set up
 * @param serverAddress the server endpoint that answered (or was tried last), null when none
 * @param name      the name or address looked up, as typed
 * @param addresses the A/AAAA addresses in the answers, in printed order
 * @param answers   every answer record printed
 */
public record NslookupResult(String server, InetSocketAddress serverAddress, String name, List<InetAddress> addresses,
                             List<LookupAnswer> answers, Outcome outcome, int exitCode) {

    public NslookupResult {
        addresses = List.copyOf(addresses);
        answers = List.copyOf(answers);
    }

    public enum Outcome {
        /** At least one record answered. */
        FOUND,
        /** The server answered without records ("*** Can't find X: No answer"). */
        NO_ANSWER,
        NXDOMAIN,
        SERVFAIL,
        REFUSED,
        /** Another error rcode (FORMERR, NOTIMP, ...). */
        OTHER_RCODE,
        /** The server's reply did not parse (";; Got bad packet: ..."). */
        BAD_PACKET,
        /** Every try on every server timed out or was refused. */
        NO_SERVERS,
        /** The server named on the command line could not be resolved. */
        SERVER_NOT_FOUND,
        /** Bad command line, -version or interactive mode: no lookup ran. */
        NO_LOOKUP
    }

    static NslookupResult withoutLookup(String name, int exitCode) {
        return new NslookupResult(null, null, name, List.of(), List.of(), Outcome.NO_LOOKUP, exitCode);
    }
}
