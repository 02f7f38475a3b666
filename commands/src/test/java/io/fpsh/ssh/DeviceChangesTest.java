package io.fpsh.ssh;

import io.fpsh.device.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped table of commands that change a device, mode by mode. */
class DeviceChangesTest {
    private static final DeviceChanges TABLE = DeviceChanges.standard();

    @ParameterizedTest
    @ValueSource(strings = {"configure network dns servers 192.0.2.11", "conf net dns servers 192.0.2.11",
            "  conf   n   d  se 192.0.2.11", "configure manager add 192.0.2.5 key123", "conf manager delete",
            "configure password", "configure", "reboot", "reb", "shutdown", "restart", "upgrade revert",
            "system generate-troubleshoot all", "sys support diagnostic-cli-typo", "CONFIGURE network hostname x"})
    void clishChanges(String line) {
        assertTrue(TABLE.changes(Mode.CLISH, line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"show network", "sh net", "show version", "sh ver", "sh", "show bogus", "expert",
            "exit", "logout", "help", "history", "sftunnel-status-brief", "system support diagnostic-cli",
            "sys sup diag", "system support view-files", "ping system 192.0.2.10", "", "   "})
    void clishReads(String line) {
        assertFalse(TABLE.changes(Mode.CLISH, line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sudo su -", "sudo su", "sudo cat /etc/shadow", "su -", "  sudo -i",
            "cat x; sudo reboot", "echo $(sudo id)", "ls && sudo rm -rf /"})
    void expertChanges(String line) {
        assertTrue(TABLE.changes(Mode.EXPERT, line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cat /etc/resolv.conf", "grep -i conn /ngfw/var/log/action_queue.log", "ls -la",
            "curl -v -k https://api-sse.cisco.com", "nslookup api-sse.cisco.com", "tail -n 20 /var/log/messages",
            "lsof -i | grep conn", "echo 'sudo is fine in quotes'", "whoami", "exit", "rm /tmp/x"})
    void expertReads(String line) {
        assertFalse(TABLE.changes(Mode.EXPERT, line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rm -f /tmp/x", "/bin/rm x", "mv a b", "cp a b", "dd if=/dev/zero of=/dev/sda",
            "kill -9 1234", "pkill -f connector", "pmtool restartbyid SSE", "pmtool disablebyid X", "reboot",
            "shutdown -h now", "systemctl restart sshd", "service crond restart", "echo nameserver 1.1.1.1 > /etc/resolv.conf",
            "echo x >> /etc/hosts", "cat a 2>/dev/null > out", "date &> /tmp/date", "echo x >/etc/x>/dev/null",
            "echo x >/etc/x</dev/null", "sed -i s/a/b/ /etc/hosts",
            "sed -ni.bak s/a/b/p f", "sed --in-place=.orig s/a/b/ f", "tee /etc/resolv.conf", "ls | tee -a log",
            "sudo rm x", "FOO=1 rm x", "xargs rm < list", "find /tmp -name '*.log' -delete", "bash -c 'rm x'",
            "sh -c \"echo x > /etc/x\"", "echo \"$(rm -f x)\"", "echo `kill 1`", "ip route add 10.0.0.0/8 via 192.0.2.1",
            "iptables -A INPUT -j DROP", "chmod 777 /etc/shadow", "touch /tmp/x", "nohup rm x &", "vi /etc/hosts"})
    void rootChanges(String line) {
        assertTrue(TABLE.changes(Mode.ROOT, line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cat /etc/resolv.conf", "grep -i error /ngfw/var/log/messages", "ls -la /ngfw",
            "lsof -i | grep conn", "netstat -anlp | grep 8989", "curl -v -k https://api-sse.cisco.com",
            "pmtool status | grep -i sse", "systemctl status sshd", "ps aux", "cat x 2>&1 | less",
            "cat x > /dev/null 2>&1", "find / -name '*.pem'", "ip route show", "iptables -L -n", "iptables -nvL",
            "sed -n 1,5p /etc/hosts", "echo 'a > b'", "echo \"rm -rf /\"", "# rm everything", "crontab -l",
            "tail -f /ngfw/var/log/action_queue.log", "grep x < /etc/hosts", "exit", "sed -e s/i/o/ f"})
    void rootReads(String line) {
        assertFalse(TABLE.changes(Mode.ROOT, line), line);
    }

    @Test
    void diagnosticCliChangesAreCountedToo() {
        assertTrue(TABLE.changes(Mode.DIAGNOSTIC_ENABLE, "conf t"));
        assertTrue(TABLE.changes(Mode.DIAGNOSTIC_ENABLE, "wr mem"));
        assertTrue(TABLE.changes(Mode.DIAGNOSTIC, "reload"));
        assertFalse(TABLE.changes(Mode.DIAGNOSTIC, "show running-config"));
        assertFalse(TABLE.changes(Mode.DIAGNOSTIC_ENABLE, "sh run"));
    }

    /** An appliance's FXOS: a change takes effect at commit-buffer; local-mgmt reboots (U3) and erases. */
    @Test
    void fxosCommitsAndRebootsAreCountedToo() {
        assertTrue(TABLE.changes(Mode.FXOS, "commit-buffer"));
        assertTrue(TABLE.changes(Mode.FXOS, "commit"));
        assertTrue(TABLE.changes(Mode.FXOS_LOCAL_MGMT, "reboot"));
        assertTrue(TABLE.changes(Mode.FXOS_LOCAL_MGMT, "erase configuration"));
        assertFalse(TABLE.changes(Mode.FXOS, "show version"));
        assertFalse(TABLE.changes(Mode.FXOS, "connect local-mgmt"));
        assertFalse(TABLE.changes(Mode.FXOS_LOCAL_MGMT, "exit"));
    }

    @Test
    void theLongestRuleWinsAndBadTablesAreRefused() {
        DeviceChanges table = DeviceChanges.parse(List.of("[root]", "change tool", "read tool list", "change tool list --purge"));
        assertTrue(table.changes(Mode.ROOT, "tool add x"));
        assertFalse(table.changes(Mode.ROOT, "tool list"));
        assertTrue(table.changes(Mode.ROOT, "tool list --purge"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> DeviceChanges.parse(List.of("[root]", "forbid rm")));
        assertEquals("device-changes.txt line 2: expected [modes], change WORDS or read WORDS", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeviceChanges.parse(List.of("[kernel]")));
    }
}
