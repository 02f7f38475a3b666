package io.fpsh.net;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 5952 §4.2: the longest run of two or more zero groups becomes {@code ::}, the first of equal runs. */
class Ipv6TextTest {
    @Test
    void theLongestRunOfZeroGroupsIsShortenedOnce() {
        assertEquals("2001:db8::41", Ipv6Text.of(new int[]{0x2001, 0xdb8, 0, 0, 0, 0, 0, 0x41}));
        assertEquals("::", Ipv6Text.of(new int[8]));
        assertEquals("::1", Ipv6Text.of(new int[]{0, 0, 0, 0, 0, 0, 0, 1}));
        assertEquals("fe80::", Ipv6Text.of(new int[]{0xfe80, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals("2001:0:0:1::1", Ipv6Text.of(new int[]{0x2001, 0, 0, 1, 0, 0, 0, 1}));
    }

    @Test
    void aSingleZeroGroupStaysAndTheFirstOfEqualRunsIsShortened() {
        assertEquals("2001:db8:0:1:1:1:1:1", Ipv6Text.of(new int[]{0x2001, 0xdb8, 0, 1, 1, 1, 1, 1}));
        assertEquals("2001::1:0:0:1:1", Ipv6Text.of(new int[]{0x2001, 0, 0, 1, 0, 0, 1, 1}));
    }
}
