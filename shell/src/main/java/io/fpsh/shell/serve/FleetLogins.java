package io.fpsh.shell.serve;

import org.apache.sshd.server.session.ServerSession;

import java.security.PublicKey;

/** Under {@code --fleet}: checks only the account part of {@code admin%ftd0042}; the device is chosen after login. */
final class FleetLogins implements Logins {
    private final Logins accounts;

    FleetLogins(Logins accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean authenticate(String login, String password, ServerSession session) {
        return accounts.authenticate(FleetLogin.parse(login).user(), password, session);
    }

    @Override
    public boolean authenticate(String login, PublicKey key, ServerSession session) {
        return accounts.authenticate(FleetLogin.parse(login).user(), key, session);
    }
}
