package io.fpsh.shell;

import io.fpsh.target.Targets;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FastArgsTest {

    @Test
    void readsTheCommonCommandLines() throws FpshException {
        assertEquals(Optional.of(new LaunchOptions(Targets.DEFAULT, null)), FastArgs.parse(new String[0]));
        assertEquals(Optional.of(new LaunchOptions(Targets.DEFAULT, "show version")),
                FastArgs.parse(new String[] {"-c", "show version"}));
        assertEquals(Optional.of(new LaunchOptions("lab:ftd02", "x")),
                FastArgs.parse(new String[] {"--lab", "ftd02", "-c", "x"}));
        assertEquals(Optional.of(new LaunchOptions("lab:/tmp/a.lab", null)),
                FastArgs.parse(new String[] {"--target=lab:/tmp/a.lab"}));
        assertEquals(Optional.of(new LaunchOptions("lab:ftd02", null, "s.cast")),
                FastArgs.parse(new String[] {"--record", "s.cast", "--lab", "ftd02"}));
        assertEquals(Optional.of(new LaunchOptions(Targets.DEFAULT, "x", "s.cast")),
                FastArgs.parse(new String[] {"-c", "x", "--record=s.cast"}));
    }

    @Test
    void leavesEverythingElseToPicocli() throws FpshException {
        for (String[] args : new String[][] {{"--help"}, {"lab", "list"}, {"-c"}, {"-c", "a", "-c", "b"}, {"-x", "y"},
                {"--record", "a", "--record", "b"}, {"--record"}}) {
            assertTrue(FastArgs.parse(args).isEmpty(), String.join(" ", args));
        }
    }

    @Test
    void labAndTargetTogetherAreAUsageError() {
        FpshException problem = assertThrows(FpshException.class,
                () -> FastArgs.parse(new String[] {"--lab", "a", "--target", "lab:b"}));
        assertEquals(2, problem.exitStatus());
    }
}
