package io.fpsh.sim;

import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.expert.CommandPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The device's programs as files (/usr/bin, /bin...), run by path, found by which and type; /etc/sf and /var/log. */
class DeviceProgramsTest {
    @RegisterExtension
    final DefaultLabSession lab = new DefaultLabSession();
    private final SimulatedFtd ftd = lab.ftd();

    @Test
    void programsRunByTheirAbsoluteOrRelativePath() {
        lab.run("expert", 0);
        assertEquals("admin\n", lab.run("/usr/bin/whoami", 0).stdout());
        assertEquals("hi\n", lab.run("/bin/echo hi", 0).stdout());
        lab.run("cd /usr/bin", 0);
        assertEquals("admin\nadmin\n", lab.run("./whoami; ../bin/whoami", 0).stdout());
        CapturingIo curl = lab.run("/usr/bin/curl -s --connect-timeout 10 http://", 3);
        assertEquals("", curl.stderr(), "curl itself ran (3: a bad URL), silently as -s asks");
        assertEquals("-bash: /usr/bin/nosuch: No such file or directory\n", lab.run("/usr/bin/nosuch", 127).stderr());
        assertEquals("-bash: /etc/hosts: Permission denied\n", lab.run("/etc/hosts", 126).stderr());
    }

    @Test
    void programDirectoriesListTheirPrograms() {
        lab.run("expert", 0);
        String usrBin = lab.run("ls /usr/bin", 0).stdout();
        assertTrue(usrBin.contains("curl\n") && usrBin.contains("nslookup\n") && usrBin.contains("sudo\n"), usrBin);
        String bin = lab.run("ls /bin", 0).stdout();
        assertTrue(bin.contains("cat\n") && bin.contains("netstat\n") && bin.contains("su\n"), bin);
        assertTrue(lab.run("ls -l /usr/bin/curl", 0).stdout().startsWith("-rwxr-xr-x 1 root root "));
        lab.run("ls /usr/sbin /sbin /usr/local/bin", 0);
    }

    @Test
    void whichAndTypeSayWhereACommandComesFrom() {
        lab.run("expert", 0);
        assertEquals("/usr/bin/curl\n/ngfw/usr/local/sf/bin/pmtool\n", lab.run("which curl pmtool", 0).stdout());
        CapturingIo cd = lab.run("which cd", 1);
        assertEquals("", cd.stdout() + cd.stderr(), "Debian's which is silent about what it cannot find");
        assertEquals("/bin/echo\n", lab.run("which -a echo", 0).stdout());
        assertEquals("cd is a shell builtin\ncurl is /usr/bin/curl\ntime is a shell keyword\n",
                lab.run("type cd curl time", 0).stdout());
        assertEquals("echo is a shell builtin\necho is /bin/echo\n", lab.run("type -a echo", 0).stdout());
        assertEquals("builtin\nfile\n", lab.run("type -t cd curl", 0).stdout());
        assertEquals("/usr/bin/curl\n", lab.run("type -p curl", 0).stdout());
        CapturingIo missing = lab.run("type nope", 1);
        assertEquals("-bash: type: nope: not found\n", missing.stderr());
        assertEquals("", lab.run("type -t nope", 1).stdout());
    }

    @Test
    void pathIsWhereTheShellAndWhichLook() {
        lab.run("expert", 0);
        assertEquals(CommandPaths.searchPathText("admin") + "\n", lab.run("echo $PATH", 0).stdout());
        assertEquals("/usr/local/bin:/usr/bin:/bin:/ngfw/usr/local/sf/bin\n", lab.run("echo $PATH", 0).stdout());
        lab.run("sudo su -", 0, "Admin123");
        assertEquals(CommandPaths.searchPathText("root") + "\n", lab.run("echo $PATH", 0).stdout());
        assertEquals("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/ngfw/usr/local/sf/bin\n",
                lab.run("echo $PATH", 0).stdout());
    }

    @Test
    void etcSfAndVarLogLeadIntoNgfw() {
        lab.run("expert", 0);
        String etc = lab.run("ls -l /etc", 0).stdout();
        assertTrue(etc.lines().anyMatch(l -> l.startsWith("lrwxrwxrwx ") && l.endsWith(" sf -> /ngfw/etc/sf")), etc);
        assertTrue(lab.run("ls -l /var", 0).stdout().contains(" log -> /ngfw/var/log\n"));
        assertTrue(lab.run("more /etc/sf/connector.properties", 0).stdout().contains("connector_port=8989\n"));
        assertTrue(lab.run("tail -1 /var/log/action_queue.log", 0).stdout().contains("ActionQueueScrape.pl"));
        assertTrue(lab.run("ls /etc/sf", 0).stdout().contains("connector.properties\n"));
        lab.run("sudo su -", 0, "Admin123");
        lab.run("cd /etc/sf", 0);
        assertEquals("root@ftd01:/etc/sf# ", ftd.prompt(), "the guide's prompt, with this lab's host name");
        assertEquals("registration_interval=180\n", lab.run("head -1 connector.properties", 0).stdout());
        lab.run("cd ..", 0);
        assertEquals("/etc\n", lab.run("pwd", 0).stdout(), "cd .. leaves a link as bash does, by the path");
    }
}
