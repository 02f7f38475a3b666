package io.fpsh.tools.nslookup;

import io.fpsh.net.dns.TestDnsServer;
import java.net.SocketException;
import org.xbill.DNS.Rcode;

/** The reference lab's names (tool-transcripts README) served by test DNS servers. */
final class LabZone {

    private LabZone() {}

    /** Like the lab's dnsmasq: authoritative for lab.test, fixed record order. */
    static TestDnsServer authoritative() throws SocketException {
        return TestDnsServer.start()
                .a("ftd01.lab.test", "127.0.0.10")
                .a("dns.lab.test", "127.0.0.53")
                .a("multi.lab.test", "127.0.0.42", "127.0.0.43")
                .a("dual.lab.test", "127.0.0.41").aaaa("dual.lab.test", "::1")
                .aaaa("six.lab.test", "2001:db8:0:0:0:0:0:11", "2001:db8:0:1:1:1:1:1")
                .cname("www.lab.test", "alias.lab.test").cname("alias.lab.test", "web.lab.test")
                .a("web.lab.test", "127.0.0.40")
                .cname("dangling.lab.test", "nowhere.lab.test")
                .ptr("127.0.0.10", "ftd01.lab.test")
                .rcode("broken.lab.test", Rcode.SERVFAIL)
                .rcode("refused.lab.test", Rcode.REFUSED)
                .rcode("notimp.lab.test", Rcode.NOTIMP)
                .silent("slow.lab.test")
                .record("lab.test", "MX", "10 mail.lab.test.").record("lab.test", "MX", "20 mx2.lab.test.")
                .record("lab.test", "NS", "dns.lab.test.")
                .record("lab.test", "TXT", "\"v=spf1 -all\" \"second\"")
                .record("lab.test", "SOA", "dns.lab.test. hostmaster.lab.test. 2026112801 3600 600 86400 300")
                .record("_https._tcp.lab.test", "SRV", "0 5 443 fmc.lab.test.");
    }

    /** Like a caching forwarder: the same names without the AA bit. */
    static TestDnsServer caching() throws SocketException {
        return TestDnsServer.start().authoritative(false)
                .a("ftd01.lab.test", "127.0.0.10")
                .cname("www.lab.test", "web.lab.test").a("web.lab.test", "127.0.0.40")
                .ptr("127.0.0.10", "ftd01.lab.test")
                .record("lab.test", "MX", "10 mail.lab.test.");
    }
}
