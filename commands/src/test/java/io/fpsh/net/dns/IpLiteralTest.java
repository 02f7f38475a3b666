package io.fpsh.net.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpLiteralTest {

    private static String roundTrip(String literal) {
        return IpLiteral.format(IpLiteral.parse(literal).orElseThrow());
    }

    @Test
    void compressesIpv6LikeInetNtop() {
        assertEquals("2001:db8::11", roundTrip("2001:db8:0:0:0:0:0:11"));
        assertEquals("::1", roundTrip("0:0:0:0:0:0:0:1"));
        assertEquals("::", roundTrip("::"));
        assertEquals("fe80::", roundTrip("fe80:0:0:0:0:0:0:0"));
        assertEquals("2001:db8:0:1:1:1:1:1", roundTrip("2001:db8:0:1:1:1:1:1")); // a lone zero stays
        assertEquals("2001:0:0:1::1", roundTrip("2001:0:0:1:0:0:0:1")); // the longest run is compressed
        assertEquals("::1.2.3.4", roundTrip("::1.2.3.4"));
    }

    @Test
    void ipv4AndNonLiterals() {
        assertEquals("192.0.2.10", roundTrip("192.0.2.10"));
        assertTrue(IpLiteral.parse("ftd01.lab.test").isEmpty());
        assertTrue(IpLiteral.parse("300.1.1.1").isEmpty());
        assertTrue(IpLiteral.parse("").isEmpty());
    }
}
