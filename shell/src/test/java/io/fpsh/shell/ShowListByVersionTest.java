package io.fpsh.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh -c 'show ?'} lists what the lab's version has: 7.4's commands on a 7.4 lab only. */
class ShowListByVersionTest {

    @Test
    void showQuestionMarkFollowsTheLabsVersion() {
        FpshProcess.Result six = FpshProcess.inProcess("--lab", "ftd01-healthy", "-c", "show ?");
        FpshProcess.Result seven = FpshProcess.inProcess("--lab", "ftd74-healthy", "-c", "show ?");
        assertEquals(0, six.exitStatus(), six.err());
        assertEquals(0, seven.exitStatus(), seven.err());
        assertFalse(six.out().contains("management-interface"), six.out());
        assertTrue(seven.out().contains("\n  management-interface  "), seven.out());
        assertEquals(six.out(), seven.out().replaceAll("  management-interface  .*\n", ""));
        assertFalse(FpshProcess.inProcess("--lab", "ftd72-healthy", "-c", "show interface ?").out().contains("ip"));
        assertTrue(FpshProcess.inProcess("--lab", "ftd74-healthy", "-c", "show interface ?").out().contains("  ip  "));
    }
}
