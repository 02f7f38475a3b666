package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.grammar.Grammar;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hint after a command typed in the wrong mode, and the many lines that must not get one. */
class ModeHintTest {
    private final ModeHint hint = new ModeHint(Grammar.ftd());

    @Test
    void anExpertCommandAtTheClishPointsToExpert() {
        assertEquals(Optional.of("fpsh: 'curl' is an expert-mode command: type 'expert' first"),
                hint.after(Mode.CLISH, "curl -v -k https://api-sse.cisco.com", 1));
        assertEquals(Optional.of("fpsh: 'nslookup' is an expert-mode command: type 'expert' first"),
                hint.after(Mode.CLISH, "nslookup api-sse.cisco.com", 1));
    }

    @Test
    void aClishCommandInTheLinuxShellPointsBackToTheClish() {
        assertEquals(Optional.of("fpsh: 'show' is a clish command: type 'exit' to return to '>'"),
                hint.after(Mode.EXPERT, "show network", 127));
        assertEquals(Optional.of("fpsh: 'show' is a clish command: type 'exit' twice to return to '>'"),
                hint.after(Mode.ROOT, "show network", 127));
    }

    @Test
    void noHintWhenTheModeWasRight() {
        assertEquals(Optional.empty(), hint.after(Mode.CLISH, "show bogus", 1)); // the command exists, a later word not
        assertEquals(Optional.empty(), hint.after(Mode.CLISH, "frobnicate", 1)); // nowhere in the grammar
        assertEquals(Optional.empty(), hint.after(Mode.CLISH, "exit", 0)); // in both modes, and it worked
        assertEquals(Optional.empty(), hint.after(Mode.EXPERT, "curl https://x", 6)); // curl's own failure
        assertEquals(Optional.empty(), hint.after(Mode.EXPERT, "show network", 0));
        assertEquals(Optional.empty(), hint.after(Mode.EXPERT, "frobnicate", 127));
        assertEquals(Optional.empty(), hint.after(Mode.DIAGNOSTIC, "curl", 1));
        assertEquals(Optional.empty(), hint.after(Mode.CLISH, "   ", 1));
    }
}
