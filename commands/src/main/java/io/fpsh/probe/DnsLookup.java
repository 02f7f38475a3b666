package io.fpsh.probe;

import java.util.List;

/**
 * What the device's own {@code nslookup NAME [SERVER]} found, in either BIND dialect (9.11 on 6.x, 9.18 on newer).
 *
 * @param name          the name looked up, as typed
 * @param server        the server that settled the lookup as nslookup names it ({@code Server:}), null on a timeout
 * @param serverAddress that server's address ({@code Address:} without {@code #53}), null on a timeout
 * @param status        {@code NOERROR}, {@code NXDOMAIN}, {@code SERVFAIL}, {@code REFUSED} (the server's rcode) or
 *                      {@code TIMEOUT} (no server could be reached)
 * @param answers       the answer records in printed order: addresses, CNAMEs, PTRs
 */
public record DnsLookup(String name, String server, String serverAddress, String status, List<Answer> answers) {

    public static final String NOERROR = "NOERROR";
    public static final String TIMEOUT = "TIMEOUT";

    public DnsLookup {
        answers = List.copyOf(answers);
    }

    /**
     * One answer record.
     *
     * @param name the owner name, no trailing dot
     * @param type {@code A}, {@code AAAA}, {@code CNAME} or {@code PTR}
     * @param data the address, or the target name without its trailing dot
     */
    public record Answer(String name, String type, String data) {}
}
