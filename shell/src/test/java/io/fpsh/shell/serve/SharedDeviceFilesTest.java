package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.target.Targets;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TAB's file names on a device shared by sessions (--shared, --fleet): read between commands, never waited for. */
class SharedDeviceFilesTest {

    @Test
    void listsTheSharedDevicesFilesWhenNoOtherSessionRunsACommand() throws Exception {
        try (Device lab = Targets.open(Targets.DEFAULT)) {
            SharedDevice session = new SharedDevice(lab, new ReentrantLock(true));
            assertTrue(session.listFiles("/etc/").contains("resolv.conf"), () -> "" + session.listFiles("/etc/"));
        }
    }

    @Test
    void offersNoNamesWhileAnotherSessionHoldsTheDevice() throws Exception {
        try (Device lab = Targets.open(Targets.DEFAULT)) {
            ReentrantLock turn = new ReentrantLock(true);
            SharedDevice session = new SharedDevice(lab, turn);
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread other = new Thread(() -> {
                turn.lock(); // another session's command (a tail -f, a password dialog) is running
                try {
                    held.countDown();
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    turn.unlock();
                }
            });
            other.start();
            held.await();
            try {
                assertEquals(java.util.List.of(), session.listFiles("/etc/"));
            } finally {
                done.countDown();
                other.join();
            }
            assertTrue(session.listFiles("/etc/").contains("resolv.conf"));
        }
    }
}
