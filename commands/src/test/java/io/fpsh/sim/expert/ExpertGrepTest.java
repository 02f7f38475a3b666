package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpertGrepTest {

    private final ShellRun sh = new ShellRun();

    @BeforeEach
    void files() {
        sh.context.fs.putText("/tmp/log", "Error one\nwarning two\nerror three\nok (fin)\na+b\n");
        sh.context.fs.putText("/tmp/other", "nothing here\n");
    }

    @Test
    void flags() {
        assertEquals("error three\n", sh.run("grep error /tmp/log").out());
        assertEquals("Error one\nerror three\n", sh.run("grep -i ERROR /tmp/log").out());
        assertEquals("2\n", sh.run("grep -ic error /tmp/log").out());
        assertEquals("warning two\nok (fin)\na+b\n", sh.run("grep -v -i error /tmp/log").out());
        assertEquals("4\n", sh.run("grep -vc error /tmp/log").out());
        assertEquals("2:warning two\n", sh.run("grep -n warn /tmp/log").out());
        assertEquals("one\ntwo\n", sh.run("grep -oE 'one|two' /tmp/log").out());
        assertEquals("/tmp/log:1\n/tmp/other:0\n", sh.run("grep -c one /tmp/log /tmp/other").out());
        assertEquals("/tmp/log\n", sh.run("grep -l one /tmp/log /tmp/other").out());
        assertEquals("", sh.run("grep -q one /tmp/log").out());
        assertEquals(0, sh.status);
        assertEquals("error three\n", sh.run("grep -w error /tmp/log").out());
        assertEquals("ok (fin)\n", sh.run("grep -x 'ok (fin)' /tmp/log").out());
        assertEquals("Error one\nerror three\n", sh.run("grep -e Error -e three /tmp/log").out());
    }

    @Test
    void basicVersusExtendedSyntax() {
        assertEquals("a+b\n", sh.run("grep 'a+b' /tmp/log").out());
        assertEquals("", sh.run("grep -E 'a+b' /tmp/log").out());
        assertEquals("Error one\nwarning two\n", sh.run("grep -E 'one|two' /tmp/log").out());
        assertEquals("Error one\nwarning two\n", sh.run("grep 'one\\|two' /tmp/log").out());
        assertEquals("ok (fin)\n", sh.run("grep '(fin)' /tmp/log").out());
        assertEquals("ok (fin)\n", sh.run("grep -E '\\(fin\\)' /tmp/log").out());
        assertEquals("Error one\nerror three\n", sh.run("grep '^[Ee]rr' /tmp/log").out());
        assertEquals("Error one\nerror three\n", sh.run("egrep '^(E|e)rr' /tmp/log").out());
        assertEquals("a+b\n", sh.run("grep -E 'a[+]b{1,2}' /tmp/log").out());
        assertEquals("a+b\n", sh.run("grep 'a+b\\{1\\}$' /tmp/log").out());
        assertEquals("", sh.run("grep -E 'x{' /tmp/log").out()); // a brace that starts no interval is literal
        assertEquals(1, sh.status);
        assertEquals("a+b\n", sh.run("grep -F 'a+b' /tmp/log").out());
        assertEquals("Error one\n", sh.run("grep '[[:upper:]]' /tmp/log").out());
    }

    @Test
    void statusesAndErrors() {
        sh.run("grep zzz /tmp/log");
        assertEquals(1, sh.status);
        sh.run("grep x /nope");
        assertEquals(2, sh.status);
        assertEquals("grep: /nope: No such file or directory\n", sh.err());
        sh.run("grep one /tmp/log /nope");
        assertEquals(2, sh.status);
        assertEquals("/tmp/log:Error one\n", sh.out());
        sh.run("grep -E 'a(' /tmp/log");
        assertEquals("grep: Unmatched ( or \\(\n", sh.err());
        assertEquals(2, sh.status);
        sh.run("grep '[a' /tmp/log");
        assertEquals("grep: Unmatched [, [^, [:, [., or [=\n", sh.err());
        sh.run("grep");
        assertEquals("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", sh.err());
        assertEquals(2, sh.status);
        sh.run("grep -Z x /tmp/log");
        assertEquals("grep: invalid option -- 'Z'\n"
                + "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", sh.err());
        sh.run("grep x /tmp");
        assertEquals("grep: /tmp: Is a directory\n", sh.err());
    }

    @Test
    void binaryContent() {
        sh.context.fs.putGenerated("/tmp/bin", () -> new byte[] {'a', 'b', 0, 'c', '\n'});
        sh.run("grep a /tmp/bin");
        assertEquals("", sh.out());
        assertEquals("grep: /tmp/bin: binary file matches\n", sh.err());
        assertEquals(0, sh.status);
        assertEquals("1\n", sh.run("grep -c a /tmp/bin").out());
    }

    @Test
    void readsStandardInputThroughPipes() {
        assertEquals("connector_port=8989\n",
                sh.run("cat /ngfw/etc/sf/connector.properties | grep -v interval | grep -i PORT").out());
        assertEquals("(standard input):connector_port=8989\n",
                sh.run("cat /ngfw/etc/sf/connector.properties | grep -H port").out());
    }
}
