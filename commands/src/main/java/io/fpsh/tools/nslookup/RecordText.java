package io.fpsh.tools.nslookup;

import io.fpsh.net.dns.IpLiteral;
import java.net.Inet4Address;
import java.net.InetAddress;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;

/** How nslookup prints one resource record, and how dig +short prints its rdata. */
final class RecordText {

    private RecordText() {}

    /** nslookup's lines for a record of the answer section ({@code answerSection}) or another section. */
    static String nslookup(Record record, boolean answerSection) {
        String owner = name(record.getName());
        if (answerSection && (record instanceof ARecord || record instanceof AAAARecord)) {
            return "Name:\t" + owner + "\nAddress: " + rdata(record) + "\n";
        }
        if (record instanceof SOARecord soa) {
            return owner + "\n"
                    + "\torigin = " + name(soa.getHost()) + "\n"
                    + "\tmail addr = " + name(soa.getAdmin()) + "\n"
                    + "\tserial = " + soa.getSerial() + "\n"
                    + "\trefresh = " + soa.getRefresh() + "\n"
                    + "\tretry = " + soa.getRetry() + "\n"
                    + "\texpire = " + soa.getExpire() + "\n"
                    + "\tminimum = " + soa.getMinimum() + "\n";
        }
        return owner + "\t" + label(record.getType()) + rdata(record) + "\n";
    }

    /** The rdata as BIND writes it: addresses compressed like inet_ntop, names with their final dot. */
    static String rdata(Record record) {
        if (record instanceof ARecord a) return IpLiteral.format(a.getAddress());
        if (record instanceof AAAARecord aaaa) return ipv6(aaaa.getAddress());
        return record.rdataToString();
    }

    /** A name as dns_name_format prints it: no final dot (except the root itself). */
    static String name(Name name) {
        return name.toString(true);
    }

    /** nslookup's words before the rdata. Verified against 9.18: CNAME, PTR, MX, NS, TXT, SRV; others guessed. */
    private static String label(int type) {
        return switch (type) {
            case Type.CNAME -> "canonical name = ";
            case Type.PTR -> "name = ";
            case Type.MX -> "mail exchanger = ";
            case Type.NS -> "nameserver = ";
            case Type.TXT -> "text = ";
            case Type.SRV -> "service = ";
            case Type.A -> "internet address = ";
            case Type.AAAA -> "has AAAA address ";
            default -> "rdata_" + type + " = ";
        };
    }

    private static String ipv6(InetAddress address) {
        // Java turns ::ffff:a.b.c.d into an Inet4Address; inet_ntop keeps the mapped form
        return address instanceof Inet4Address ? "::ffff:" + address.getHostAddress() : IpLiteral.format(address);
    }
}
