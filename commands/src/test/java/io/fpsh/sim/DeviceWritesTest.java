package io.fpsh.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the default lab's users may write (what vi's :w and a redirection both go through): /tmp, the homes and
 * /root take a file, which cat then shows; what the model renders (resolv.conf, the logs) stays read-only.
 */
class DeviceWritesTest {
    @RegisterExtension
    final DefaultLabSession lab = new DefaultLabSession();

    @Test
    void tmpAndHomeTakeAFileAndTheModelsFilesRefuse() {
        lab.run("expert", 0);
        lab.run("echo one > /tmp/w.txt; echo two >> /tmp/w.txt", 0);
        assertEquals("one\ntwo\n", lab.run("cat /tmp/w.txt", 0).stdout());
        lab.run("echo mine > ~/notes.txt", 0);
        assertEquals("mine\n", lab.run("cat /home/admin/notes.txt", 0).stdout());
        String refused = lab.run("echo nameserver 1.1.1.1 > /etc/resolv.conf", 1).stderr();
        assertEquals("-bash: /etc/resolv.conf: Read-only file system\n", refused);
        assertTrue(lab.run("cat /etc/resolv.conf", 0).stdout().startsWith("nameserver 192.0.2.10\n"));
        assertEquals("-bash: /ngfw/var/log/messages: Read-only file system\n",
                lab.run("echo x >> /ngfw/var/log/messages", 1).stderr());
    }
}
