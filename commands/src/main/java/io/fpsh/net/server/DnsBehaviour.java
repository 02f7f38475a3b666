package io.fpsh.net.server;

/** How a lab DNS server (or one name on it) treats a query. */
public enum DnsBehaviour {
    /** Answer from the zone. */
    ANSWER,
    /** Reply with rcode NXDOMAIN: the name does not exist (for one name; a whole server never says it). */
    NXDOMAIN,
    /** Reply with rcode SERVFAIL. */
    SERVFAIL,
    /** Reply with rcode REFUSED. */
    REFUSED,
    /** Answer from the zone, but only after the configured delay. */
    SLOW,
    /** Never reply: the query is read and dropped, so the client times out. */
    SILENT
}
