package io.fpsh.shell.serve;

import io.fpsh.lab.LabFile;
import org.apache.sshd.server.session.ServerSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.List;

/** The lab's own accounts (admin/Admin123 in the shipped labs), by password only: allowed on loopback alone. */
final class LabAccountLogins implements Logins {
    private final List<LabFile.Account> accounts;

    LabAccountLogins(List<LabFile.Account> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        byte[] typed = password.getBytes(StandardCharsets.UTF_8);
        boolean accepted = false;
        for (LabFile.Account account : accounts) {
            // Every account is compared, in constant time, so the answer's timing tells nothing.
            boolean same = MessageDigest.isEqual(typed, account.password().getBytes(StandardCharsets.UTF_8));
            accepted |= same && account.user().equals(user);
        }
        return accepted;
    }

    @Override
    public boolean authenticate(String user, PublicKey key, ServerSession session) {
        return false;
    }
}
