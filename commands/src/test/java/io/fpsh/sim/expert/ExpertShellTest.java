package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpertShellTest {

    private final ShellRun sh = new ShellRun();

    @Test
    void unknownCommandIsBashsError() {
        sh.run("foo bar");
        assertEquals(127, sh.status);
        assertEquals("", sh.out());
        assertEquals("-bash: foo: command not found\n", sh.err());
        assertEquals("127\n", sh.run("echo $?").out());
    }

    @Test
    void statusOfFailuresShowsInDollarQuestion() {
        assertEquals("1\n", sh.run("false; echo $?").out());
        assertEquals("0\n", sh.run("true; echo $?").out());
        sh.run("cat /nope");
        assertEquals(1, sh.status);
        assertEquals("cat: /nope: No such file or directory\n", sh.err());
        assertEquals("1\n", sh.run("echo $?").out());
        assertEquals("1\n", sh.run("grep zzz /ngfw/etc/sf/connector.properties; echo $?").out());
        assertEquals("2\n", sh.run("grep x /nope 2>/dev/null; echo $?").out());
    }

    @Test
    void andOrListsFollowStatus() {
        assertEquals("no\n", sh.run("false && echo yes || echo no").out());
        assertEquals("yes\n", sh.run("true && echo yes || echo no").out());
        assertEquals("a\nb\n", sh.run("echo a; echo b # echo c").out());
        assertEquals("", sh.run("# just a comment").out());
    }

    @Test
    void quotingAndEscapes() {
        assertEquals("a  b $HOME\n", sh.run("echo 'a  b' '$HOME'").out());
        assertEquals("x /root y\n", sh.run("echo \"x $HOME y\"").out());
        assertEquals("root /root\n", sh.run("echo $USER ${HOME}").out());
        assertEquals("a b\n", sh.run("echo a\\ b").out());
        assertEquals("say \"hi\" \\ $\n", sh.run("echo \"say \\\"hi\\\" \\\\ \\$\"").out());
        assertEquals("it's\n", sh.run("echo \"it's\"").out());
        assertEquals("-- -n\n", sh.run("echo -- -n").out());
        assertEquals("no newline", sh.run("echo -n no newline").out());
        assertEquals("|;&&\n", sh.run("echo '|;&&'").out());
    }

    @Test
    void unterminatedQuoteAndBadSyntax() {
        sh.run("echo 'oops");
        assertEquals(2, sh.status);
        assertEquals("-bash: unexpected EOF while looking for matching `''\n", sh.err());
        sh.run("| grep x");
        assertEquals("-bash: syntax error near unexpected token `|'\n", sh.err());
        sh.run("echo >");
        assertEquals("-bash: syntax error near unexpected token `newline'\n", sh.err());
        assertEquals("2\n", sh.run("echo $?").out());
    }

    @Test
    void redirections() {
        sh.run("cat /nope 2>/dev/null");
        assertEquals("", sh.err());
        assertEquals(1, sh.status);
        sh.run("cat /nope 2>&1 | grep -c 'No such'");
        assertEquals("1\n", sh.out());
        assertEquals("", sh.err());
        sh.run("echo hello > /dev/null");
        assertEquals("", sh.out());
        sh.run("echo hello > /ngfw/var/common/x.txt");
        assertEquals(1, sh.status);
        assertEquals("-bash: /ngfw/var/common/x.txt: Read-only file system\n", sh.err());
        sh.run("grep port < /ngfw/etc/sf/connector.properties");
        assertEquals("connector_port=8989\n", sh.out());
    }

    @Test
    void redirectionIntoAWritableFileSystem() {
        sh.context.fs.allowWrites(true);
        sh.run("echo one > /ngfw/var/common/x.txt; echo two >> /ngfw/var/common/x.txt");
        assertEquals("one\ntwo\n", sh.run("cat /ngfw/var/common/x.txt").out());
    }

    @Test
    void catAndMore() {
        String props = "registration_interval=180\nconnector_port=8989\nconnector_fqdn=api-sse.cisco.com\n";
        assertEquals(props, sh.run("more /ngfw/etc/sf/connector.properties").out());
        assertEquals(props, sh.run("cat /ngfw/etc/sf/connector.properties").out());
        sh.run("more /etc/hostname /etc/hostname");
        assertEquals("::::::::::::::\n/etc/hostname\n::::::::::::::\nftd01\n"
                + "::::::::::::::\n/etc/hostname\n::::::::::::::\nftd01\n", sh.out());
        sh.run("cat /ngfw");
        assertEquals("cat: /ngfw: Is a directory\n", sh.err());
        sh.run("cat /nope /etc/hostname");
        assertEquals("ftd01\n", sh.out());
        assertEquals("cat: /nope: No such file or directory\n", sh.err());
        assertEquals(1, sh.status);
    }

    @Test
    void filesGeneratedOnRead() {
        assertEquals("nameserver 192.0.2.10\n", sh.run("cat /etc/resolv.conf").out());
        sh.context.dnsServer = "192.0.2.11";
        assertEquals("nameserver 192.0.2.11\n", sh.run("cat /etc/resolv.conf").out());
    }

    @Test
    void headAndTail() {
        sh.context.fs.putText("/tmp/n", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n");
        assertEquals("1\n2\n", sh.run("head -n 2 /tmp/n").out());
        assertEquals("1\n2\n3\n", sh.run("head -3 /tmp/n").out());
        assertEquals("11\n12\n", sh.run("tail -2 /tmp/n").out());
        assertEquals("10\n11\n12\n", sh.run("tail -n 3 /tmp/n").out());
        assertEquals("11\n12\n", sh.run("tail -n +11 /tmp/n").out());
        assertEquals("3\n", sh.run("cat /tmp/n | head -3 | tail -1").out());
        sh.run("head /nope");
        assertEquals("head: cannot open '/nope' for reading: No such file or directory\n", sh.err());
        sh.run("tail /nope");
        assertEquals("tail: cannot open '/nope' for reading: No such file or directory\n", sh.err());
        assertEquals(1, sh.status);
        sh.run("head -n x /tmp/n");
        assertEquals("head: invalid number of lines: 'x'\n", sh.err());
    }

    @Test
    void navigation() {
        assertEquals("/root\n", sh.run("pwd").out());
        sh.run("cd /ngfw/etc/sf && pwd");
        assertEquals("/ngfw/etc/sf\n", sh.out());
        assertEquals("connector_port=8989\n", sh.run("grep port connector.properties").out());
        assertEquals("/ngfw/etc\n", sh.run("cd ..; pwd").out());
        assertEquals("/root\n", sh.run("cd; pwd").out());
        assertEquals("/root\n", sh.run("cd ~ && echo $PWD").out());
        sh.run("cd /nope");
        assertEquals(1, sh.status);
        assertEquals("-bash: cd: /nope: No such file or directory\n", sh.err());
        sh.run("cd /etc/hostname");
        assertEquals("-bash: cd: /etc/hostname: Not a directory\n", sh.err());
        assertEquals("/root\n", sh.run("pwd").out());
    }

    @Test
    void identityAndClock() {
        assertEquals("ftd01\n", sh.run("hostname").out());
        assertEquals("root\n", sh.run("whoami").out());
        assertEquals("Wed Apr  8 01:27:55 UTC 2020\n", sh.run("date").out());
        assertEquals("2020-04-08 01:27:55\n", sh.run("date '+%Y-%m-%d %H:%M:%S'").out());
        ShellRun admin = new ShellRun(new TestExpertContext().asAdmin());
        assertEquals("admin /home/admin\n", admin.run("whoami | grep admin; echo $HOME").out().replace("\n/", " /"));
    }

    @Test
    void ls() {
        assertEquals("connector.properties\n", sh.run("ls /ngfw/etc/sf").out());
        assertEquals("etc\nvar\n", sh.run("ls /ngfw").out());
        assertEquals(".\n..\netc\nvar\n", sh.run("ls -a /ngfw").out());
        sh.run("ls /nope");
        assertEquals(2, sh.status);
        assertEquals("ls: cannot access '/nope': No such file or directory\n", sh.err());
        sh.run("ls -l /ngfw/etc/sf");
        assertEquals("total 4\n-rw-r--r-- 1 root root 79 Apr  8 01:27 connector.properties\n", sh.out());
        assertEquals("/ngfw/etc/sf/connector.properties\n", sh.run("ls /ngfw/etc/sf/*.properties").out());
        sh.context.terminal = true;
        assertEquals("etc  var\n", sh.run("ls /ngfw").out());
        assertEquals("etc\nvar\n", sh.run("ls /ngfw | cat").out());
    }

    @Test
    void globsExpandAgainstTheSimulatedFileSystem() {
        sh.run("cd /ngfw/etc/sf; grep -c = *.prop*");
        assertEquals("3\n", sh.out());
        assertEquals("*.nothing\n", sh.run("echo *.nothing").out());
        assertEquals("*.prop*\n", sh.run("echo '*.prop*'").out());
    }

    @Test
    void externalCommandsArePluggedIn() {
        sh.context.external.put("nslookup", call -> {
            call.out().println(";; connection timed out; no servers could be reached");
            return 1;
        });
        sh.run("nslookup api-sse.cisco.com");
        assertEquals(";; connection timed out; no servers could be reached\n", sh.out());
        assertEquals(1, sh.status);
        assertEquals("1\n", sh.run("nslookup x | grep -c timed").out());
        sh.run("exit");
        assertEquals("-bash: exit: command not found\n", sh.err());
    }

    @Test
    void pathsToCommands() {
        sh.context.fs.putExecutable("/ngfw/usr/local/sf/bin/pmtool", "\u007fELF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sh.run("/ngfw/usr/local/sf/bin/pmtool status | grep -i sse");
        assertTrue(sh.out().startsWith("SSEConnector (system) - Running 20697\n"), sh.out());
        sh.run("/usr/bin/nothing");
        assertEquals("-bash: /usr/bin/nothing: No such file or directory\n", sh.err());
        assertEquals(127, sh.status);
    }

    @Test
    void binaryNoiseInTheLineIsABashError() {
        sh.run("\u0001foo\u001b[A bar");
        assertEquals(127, sh.status);
        assertEquals("-bash: $'\\001foo\\E[A': command not found\n", sh.err());
        sh.run("echo a\u0000b | grep -c a");
        assertEquals("1\n", sh.out());
        sh.run("\uFFFD\uFFFE\u0000\u00ff");
        assertEquals(127, sh.status);
        assertFalse(sh.err().contains("Exception"), sh.err());
    }

    @Test
    void longLinesAreHandled() {
        String longLine = "x".repeat(100 * 1024);
        sh.context.fs.putText("/tmp/long", longLine + "\nshort\n" + longLine + "y\n");
        sh.run("grep -c x /tmp/long");
        assertEquals("2\n", sh.out());
        sh.run("cat /tmp/long | grep 'y$' | wc -c");
        assertEquals("102402\n", sh.out());
        assertEquals(100 * 1024 + 2, sh.run("grep -E '(x|z)+y' /tmp/long").out().length());
        sh.run("echo " + longLine + " | grep -c x");
        assertEquals("1\n", sh.out());
        sh.run("'" + "z".repeat(100 * 1024));
        assertEquals(2, sh.status);
    }
}
