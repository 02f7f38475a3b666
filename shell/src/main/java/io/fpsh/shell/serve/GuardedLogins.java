package io.fpsh.shell.serve;

import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.session.ServerSession;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Logins that resist guessing, around the accounts that check them: a wrong password is answered only after
 * {@link ServeLimits#loginDelay()} (as sshd under pam_unix), the connection is closed at the
 * {@link ServeLimits#maxAuthTries()}-th (sshd's MaxAuthTries, with its words), and the client's address is penalised
 * ({@link SourcePenalties}); while it is, its passwords are not even checked. The wait never holds MINA's I/O threads:
 * the answer is given later, asynchronously.
 */
final class GuardedLogins implements Logins, AutoCloseable {
    /**
     * sshd's words when MaxAuthTries is reached (auth2.c, auth_maxtries_exceeded), sent as a disconnect. sshd sends
     * them with code 2 (protocol error), whose text MINA replaces with its own: code 14 (no more auth methods) keeps
     * them, so the client prints {@code Received disconnect from HOST port N:14: Too many authentication failures}.
     */
    static final String TOO_MANY = "Too many authentication failures";
    private static final AttributeRepository.AttributeKey<AtomicInteger> FAILURES = new AttributeRepository.AttributeKey<>();

    private final Logins accounts;
    private final ServeLimits limits;
    private final SourcePenalties penalties;
    private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fpsh-serve-login-delay");
        thread.setDaemon(true);
        return thread;
    });

    GuardedLogins(Logins accounts, ServeLimits limits, SourcePenalties penalties) {
        this.accounts = accounts;
        this.limits = limits;
        this.penalties = penalties;
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        InetAddress source = address(session.getClientAddress());
        if (source == null || !penalties.refuses(source)) {
            if (accounts.authenticate(user, password, session)) {
                if (source != null) {
                    penalties.succeeded(source);
                }
                return true;
            }
            if (source != null) {
                penalties.failed(source);
            }
        }
        int failures = session.computeAttributeIfAbsent(FAILURES, key -> new AtomicInteger()).incrementAndGet();
        AsyncAuthException answer = new AsyncAuthException();
        answers.schedule(() -> {
            if (failures >= limits.maxAuthTries()) {
                disconnect(session);
            } else {
                answer.setAuthed(false);
            }
        }, limits.loginDelay().toNanos(), TimeUnit.NANOSECONDS);
        throw answer;
    }

    private static void disconnect(ServerSession session) {
        try {
            session.disconnect(SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE, TOO_MANY);
        } catch (IOException e) {
            session.close(true);
        }
    }

    @Override
    public boolean authenticate(String user, PublicKey key, ServerSession session) {
        // a key offered and refused is a client trying its keys in turn, not a guess: not counted
        return accounts.authenticate(user, key, session);
    }

    /** True when new connections from {@code client} are refused for now. */
    boolean refuses(SocketAddress client) {
        InetAddress address = address(client);
        return address != null && penalties.refuses(address);
    }

    private static InetAddress address(SocketAddress client) {
        return client instanceof InetSocketAddress socket ? socket.getAddress() : null;
    }

    @Override
    public void close() {
        answers.shutdownNow();
    }
}
