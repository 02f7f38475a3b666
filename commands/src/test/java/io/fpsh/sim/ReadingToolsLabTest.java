package io.fpsh.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reading and system tools on the default lab's model: ps and pmtool, kill, messages, sockets, history. */
class ReadingToolsLabTest {
    @RegisterExtension
    final DefaultLabSession lab = new DefaultLabSession();

    @Test
    void psAndPmtoolShowTheSameDaemonsWithDifferingFigures() {
        lab.run("expert", 0);
        String pmtool = lab.run("pmtool status", 0).stdout();
        Set<String> daemons = new TreeSet<>();
        Matcher record = Pattern.compile("(?m)^(\\S+) \\((?:normal|system)\\) - Running (\\d+)$").matcher(pmtool);
        while (record.find()) {
            daemons.add(record.group(2));
        }
        assertTrue(daemons.size() >= 2, pmtool);
        String ps = lab.run("ps aux", 0).stdout();
        Set<String> fromPs = new TreeSet<>();
        Set<String> figures = new TreeSet<>();
        for (String line : ps.lines().skip(1).toList()) {
            String[] f = line.trim().split("\\s+", 11);
            if (f[6].equals("?") && !List.of("init", "sshd", "pm").contains(f[10].replaceAll(".*/", "").split(" ")[0])) {
                fromPs.add(f[1]); // the program's name may differ from pmtool's (connector runs SSEConnector)
                figures.add(f[2] + " " + f[3] + " " + f[4] + " " + f[5] + " " + f[9]);
            }
        }
        assertEquals(daemons, fromPs, "pmtool's running daemons' pids and ps's daemons'");
        assertEquals(fromPs.size(), figures.size(), "each daemon its own %CPU %MEM VSZ RSS TIME: " + ps);
    }

    @Test
    void psPipedToGrepShowsTheGrepAndTheSessionShell() {
        lab.run("expert", 0);
        String out = lab.run("ps aux | grep ssh", 0).stdout();
        assertTrue(out.lines().anyMatch(l -> l.endsWith(" grep ssh") && l.contains(" pts/0 ")), out);
        assertTrue(out.contains("/usr/sbin/sshd"), out);
        String all = lab.run("ps -ef", 0).stdout();
        assertTrue(all.lines().anyMatch(l -> l.endsWith(" -bash")), all);
        assertTrue(all.lines().anyMatch(l -> l.endsWith(" ps -ef")), all);
    }

    @Test
    void killingADaemonMakesTheProcessManagerStartItAgain() {
        lab.run("expert", 0);
        lab.run("sudo su -", 0, "Admin123");
        String before = lab.run("pmtool status | grep 'SSEConnector (system)'", 0).stdout();
        String pid = before.replaceAll("(?s).*Running (\\d+).*", "$1");
        lab.run("kill " + pid, 0);
        String after = lab.run("pmtool status | grep 'SSEConnector (system)'", 0).stdout();
        assertTrue(after.contains("Running"), after);
        assertNotEquals(before, after, "a new pid");
        String newPid = after.replaceAll("(?s).*Running (\\d+).*", "$1");
        assertTrue(lab.run("ps aux", 0).stdout().contains(" " + newPid + " "), "ps follows");
        String messages = lab.run("tail -2 /ngfw/var/log/messages", 0).stdout();
        assertTrue(messages.contains("Started SSEConnector (pid " + newPid + ")"), messages);
        assertEquals("-bash: kill: (99999) - No such process\n", lab.run("kill 99999", 1).stderr());
        assertEquals("-bash: kill: x: arguments must be process or job IDs\n", lab.run("kill x", 1).stderr());
    }

    @Test
    void anAdminCannotKillRootsDaemons() {
        lab.run("expert", 0);
        String pid = lab.run("cat /ngfw/var/sf/run/SSEConnector.pid", 0).stdout().trim();
        String user = lab.run("ps aux | awk '$2 == " + pid + " {print $1}'", 0).stdout().trim();
        if (!user.equals("admin")) {
            assertEquals("-bash: kill: (" + pid + ") - Operation not permitted\n", lab.run("kill -9 " + pid, 1).stderr());
        }
    }

    @Test
    void messagesHoldTheLoginAndTheDaemonsStarts() {
        lab.run("expert", 0);
        String messages = lab.run("cat /var/log/messages", 0).stdout();
        assertTrue(messages.contains("sshd[4101]: Accepted password for admin from "), messages);
        assertTrue(messages.contains("pm:process [INFO] Started SSEConnector"), messages);
        assertTrue(lab.run("grep -c Started /ngfw/var/log/messages", 0).stdout().trim().matches("[1-9]\\d*"));
    }

    @Test
    void theEventHandlerSocketIsASocket() {
        lab.run("expert", 0);
        String ls = lab.run("ls -l /ngfw/var/sf/run/EventHandler_SSEConnector.sock", 0).stdout();
        assertTrue(ls.startsWith("srwxrwxrwx 1 root root 0 "), ls);
        assertEquals("/ngfw/var/sf/run/EventHandler_SSEConnector.sock\n",
                lab.run("find /ngfw/var/sf/run -type s", 0).stdout());
    }

    @Test
    void historyNumbersTheSessionsLines() {
        lab.run("expert", 0);
        lab.run("whoami", 0);
        lab.run("ls /tmp | wc -l", 0);
        assertEquals("    1  whoami\n    2  ls /tmp | wc -l\n    3  history\n", lab.run("history", 0).stdout());
        assertEquals("    4  history 1\n", lab.run("history 1", 0).stdout());
    }

    /** bash 5's answers here (bash -i, HISTFILE=/dev/null): -c numbers from 1 again, -d forgets one line. */
    @Test
    void historyForgetsLinesAsBashDoes() {
        lab.run("expert", 0);
        lab.run("echo a", 0);
        lab.run("history -c", 0);
        assertEquals("    1  history\n", lab.run("history", 0).stdout());
        lab.run("echo b", 0);
        lab.run("history -d 1", 0);
        assertEquals("    1  echo b\n    2  history -d 1\n    3  history\n", lab.run("history", 0).stdout());
        assertEquals("-bash: history: 9: history position out of range\n", lab.run("history -d 9", 1).stderr());
        assertEquals("-bash: history: -d: option requires an argument\n"
                + "history: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]\n",
                lab.run("history -d", 2).stderr());
    }

    @Test
    void signalZeroAsksAndTheLoginShellIgnoresTerm() {
        lab.run("expert", 0);
        lab.run("sudo su -", 0, "Admin123");
        String before = lab.run("pmtool status | grep 'SSEConnector (system)'", 0).stdout();
        String pid = before.replaceAll("(?s).*Running (\\d+).*", "$1");
        lab.run("kill -0 " + pid, 0);
        lab.run("kill -s 0 " + pid, 0);
        assertEquals(before, lab.run("pmtool status | grep 'SSEConnector (system)'", 0).stdout(), "signal 0 kills nothing");
        assertEquals("-bash: kill: (99999) - No such process\n", lab.run("kill -0 99999", 1).stderr());
        String shell = lab.run("echo $$", 0).stdout().trim();
        assertEquals("", lab.run("kill -0 " + shell + " && kill " + shell, 0).stderr(), "bash ignores TERM");
        assertEquals("root\n", lab.run("whoami", 0).stdout(), "the shell is still there");
    }

    @Test
    void dfKeepsGnuDfsColumnWidthsAndShowsTypes() {
        lab.run("expert", 0);
        // coreutils 9.1's narrowest columns: Filesystem 14, Type 4, the sizes 5, Use% 4
        String df = lab.run("df -h /ngfw", 0).stdout();
        assertTrue(df.startsWith("Filesystem      Size  Used Avail Use% Mounted on\n"), df);
        assertTrue(df.endsWith("\n/dev/sda5        40G  9.5G   30G  24% /ngfw\n"), df);
        String typed = lab.run("df -hT /ngfw", 0).stdout();
        assertTrue(typed.startsWith("Filesystem     Type  Size  Used Avail Use% Mounted on\n"), typed);
        assertTrue(lab.run("df -T", 0).stdout().contains("\ndevtmpfs       devtmpfs "), "a type longer than its header");
        assertTrue(lab.run("uptime -p", 0).stdout().matches("up (\\d+ weeks?, )?(\\d+ days?, )?(\\d+ hours?, )?\\d+ minutes?\n"));
    }

    @Test
    void systemToolsReadTheModel() {
        lab.run("expert", 0);
        String hostname = lab.run("hostname", 0).stdout().trim();
        String uname = lab.run("uname -a", 0).stdout();
        assertTrue(uname.startsWith("Linux " + hostname + " ") && uname.endsWith(" x86_64 GNU/Linux\n"), uname);
        String uptime = lab.run("uptime", 0).stdout();
        assertTrue(uptime.matches(" \\d\\d:\\d\\d:\\d\\d up \\d+ days?, .*load average: [\\d.]+, [\\d.]+, [\\d.]+\n"), uptime);
        assertTrue(lab.run("id", 0).stdout().startsWith("uid=1000(admin) gid=1000(admin)"));
        assertTrue(lab.run("env", 0).stdout().contains("USER=admin\n"));
        String df = lab.run("df -h /ngfw/var/log", 0).stdout();
        assertTrue(df.startsWith("Filesystem") && df.contains("/ngfw\n"), df);
        String top = lab.run("top -b -n 1", 0).stdout();
        assertTrue(top.startsWith("top - ") && top.contains(" EventHandler\n"), top);
        assertEquals("top: only batch mode is simulated: use top -b -n 1\n", lab.run("top", 1).stderr());
        assertTrue(lab.run("which awk sed less", 0).stdout().contains("/usr/bin/less"));
    }
}
