package io.fpsh.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh -c 'show ?'} lists what the lab's version has: 7.4's commands on a 7.4 lab only; {@code show route}
 * from 7.2 on, {@code show cpu} and {@code show memory} from 7.4 on (the versions their sources cover).
 */
class ShowListByVersionTest {
    private static final String SEVEN_TWO_ONLY = "  route  .*\n";
    private static final String SEVEN_FOUR_ONLY = "  (management-interface|cpu|memory)  .*\n";

    @Test
    void showQuestionMarkFollowsTheLabsVersion() {
        FpshProcess.Result six = FpshProcess.inProcess("--lab", "ftd01-healthy", "-c", "show ?");
        FpshProcess.Result sevenTwo = FpshProcess.inProcess("--lab", "ftd72-healthy", "-c", "show ?");
        FpshProcess.Result seven = FpshProcess.inProcess("--lab", "ftd74-healthy", "-c", "show ?");
        assertEquals(0, six.exitStatus(), six.err());
        assertEquals(0, sevenTwo.exitStatus(), sevenTwo.err());
        assertEquals(0, seven.exitStatus(), seven.err());
        assertFalse(six.out().contains("management-interface"), six.out());
        for (String word : new String[] {"route", "cpu", "memory"}) {
            assertFalse(lists(six, word), six.out());
        }
        assertTrue(lists(sevenTwo, "route"), sevenTwo.out());
        assertFalse(lists(sevenTwo, "cpu") || lists(sevenTwo, "memory"), sevenTwo.out());
        assertTrue(lists(seven, "management-interface"), seven.out());
        assertTrue(lists(seven, "cpu") && lists(seven, "memory") && lists(seven, "route"), seven.out());
        assertEquals(six.out(), sevenTwo.out().replaceAll(SEVEN_TWO_ONLY, ""));
        assertEquals(six.out(), seven.out().replaceAll(SEVEN_FOUR_ONLY, "").replaceAll(SEVEN_TWO_ONLY, ""));
        assertFalse(FpshProcess.inProcess("--lab", "ftd72-healthy", "-c", "show interface ?").out().contains("ip"));
        assertTrue(FpshProcess.inProcess("--lab", "ftd74-healthy", "-c", "show interface ?").out().contains("  ip  "));
        assertTrue(FpshProcess.inProcess("--lab", "ftd74-healthy", "-c", "show cpu ?").out().contains("  usage  "));
    }

    private static boolean lists(FpshProcess.Result help, String word) {
        return ("\n" + help.out()).contains("\n  " + word + "  ");
    }
}
