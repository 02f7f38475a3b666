package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code ( list )} as bash runs it (each expectation checked against bash 5.2); the SSH driver relies on {@code (exit N)}. */
class ExpertSubshellTest {

    private final ShellRun sh = new ShellRun();

    @Test
    void exitInsideEndsOnlyTheSubshellAndItsStatusBecomesDollarQuestion() {
        assertEquals(3, sh.run("(exit 3)").status);
        assertEquals("3\n", sh.run("echo $?").out(), "the session's shell is still there");
        assertEquals("a\n4\n", sh.run("(echo a; exit 4; echo b); echo $?").out());
        assertEquals("1\n", sh.run("false; (exit); echo $?").out(), "a bare exit keeps the last status");
        assertEquals("0\n", sh.run("(exit 256); echo $?").out(), "modulo 256");
        assertEquals("7\n", sh.run("(false || exit 7) && echo no; echo $?").out());
    }

    @Test
    void exitInAStageOfALongerPipelineEndsOnlyThatStage() {
        assertEquals("b\n0\n", sh.run("(echo a | exit 3; echo b); echo $?").out(), "bash forks every stage");
        assertEquals("c\n0\n", sh.run("(exit 3 | cat; echo c); echo $?").out());
        assertEquals("3\n", sh.run("(echo a | exit 3); echo $?").out());
    }

    @Test
    void logoutInsideIsRefusedForItIsNoLoginShell() {
        assertEquals("1\nafter\n", sh.run("(logout; echo $?; echo after)").out());
        assertEquals("-bash: logout: not login shell: use `exit'\n", sh.err());
        sh.run("echo a | logout");
        assertEquals(1, sh.status);
        assertEquals("-bash: logout: not login shell: use `exit'\n", sh.err());
    }

    @Test
    void exitTakesWhatBashReadsAsANumber() {
        assertEquals("255\n", sh.run("(exit 9223372036854775807); echo $?").out(), "any 64-bit number");
        assertEquals("0\n", sh.run("(exit -9223372036854775808); echo $?").out());
        assertEquals("5\n", sh.run("(exit ' 5 '); echo $?").out(), "blanks around it");
        assertEquals("3\n", sh.run("(exit 00000000000000000000000003); echo $?").out());
        sh.run("(exit 9223372036854775808); echo $?");
        assertEquals("-bash: exit: 9223372036854775808: numeric argument required\n", sh.err());
        assertEquals("2\n", sh.out());
    }

    @Test
    void commandsInsideKnowWhetherTheirOutputIsTheTerminal() {
        sh.context.terminal = true;
        assertEquals("etc  var\n", sh.run("(ls /ngfw)").out());
        assertEquals("etc\nvar\n", sh.run("(ls /ngfw) | cat").out(), "a pipe, as for ls alone");
        assertEquals("etc\nvar\n", sh.run("( (ls /ngfw) ) | cat").out());
        sh.context.fs.allowWrites(true);
        sh.run("(ls /ngfw) > /ngfw/var/common/ls.txt");
        assertEquals("etc\nvar\n", sh.run("cat /ngfw/var/common/ls.txt").out());
    }

    @Test
    void theListRunsWithTheStagesStreams() {
        assertEquals("two\n", sh.run("(echo one; echo two) | grep two").out());
        assertEquals("hi\n", sh.run("echo hi | (grep hi)").out());
        sh.context.fs.allowWrites(true);
        assertEquals("", sh.run("(echo x; echo y) > /ngfw/var/common/sub.txt").out());
        assertEquals("x\ny\n", sh.run("cat /ngfw/var/common/sub.txt").out());
        assertEquals("in\n", sh.run("( (echo in) )").out());
    }

    @Test
    void cdInsideLeavesTheSessionsDirectoryAlone() {
        sh.run("cd /ngfw");
        assertEquals("/\n/ngfw\n", sh.run("(cd /; pwd); pwd").out());
    }

    @Test
    void badExitArgumentsAreBashsErrors() {
        sh.run("(exit foo); echo $?");
        assertEquals("-bash: exit: foo: numeric argument required\n", sh.err());
        assertEquals("2\n", sh.out());
        sh.run("(exit 1 2; echo after); echo $?");
        assertEquals("-bash: exit: too many arguments\n", sh.err());
        assertEquals("1\n", sh.out(), "the subshell, not interactive, exits all the same");
    }

    @Test
    void syntaxErrorsAreBashs() {
        sh.run("( )");
        assertEquals("-bash: syntax error near unexpected token `)'\n", sh.err());
        assertEquals(2, sh.status);
        sh.run("(echo a) b");
        assertEquals("-bash: syntax error near unexpected token `b'\n", sh.err());
        sh.run("(echo a &&)");
        assertEquals("-bash: syntax error near unexpected token `)'\n", sh.err());
        sh.run("(echo a ||)");
        assertEquals("-bash: syntax error near unexpected token `)'\n", sh.err());
        assertEquals("", sh.out(), "nothing ran");
        sh.run("(echo a");
        assertEquals("-bash: syntax error: unexpected end of file\n", sh.err());
        sh.run("echo a)");
        assertEquals("-bash: syntax error near unexpected token `)'\n", sh.err());
        assertEquals("", sh.out());
    }
}
