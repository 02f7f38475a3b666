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
 * ({@link SourcePenalties}); while it is, its passwords are not even checked. A refused key counts too. The wait never holds MINA's I/O threads:
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
        if (checked(source, () -> accounts.authenticate(user, password, session))) {
            return true;
        }
        int failures = failures(session);
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

    /**
     * A key refused counts as sshd counts it: towards the connection's tries (a client offering key after key meets
     * "Too many authentication failures", as with sshd) and towards the address's penalty, and while the address is
     * penalised no key is even looked at. It is answered at once: a key cannot be guessed, and sshd does not delay
     * it, so a student whose client offers a stray key first waits for nothing.
     */
    @Override
    public boolean authenticate(String user, PublicKey key, ServerSession session) {
        InetAddress source = address(session.getClientAddress());
        if (checked(source, () -> accounts.authenticate(user, key, session))) {
            return true;
        }
        if (failures(session) < limits.maxAuthTries()) {
            return false;
        }
        AsyncAuthException answer = new AsyncAuthException();
        answers.execute(() -> disconnect(session)); // not on MINA's thread, which is answering this very request
        throw answer;
    }

    /** The accounts' answer unless {@code source} is penalised; a good one clears the address, a bad one counts. */
    private boolean checked(InetAddress source, java.util.function.BooleanSupplier accountsAnswer) {
        if (source != null && penalties.refuses(source)) {
            return false;
        }
        if (accountsAnswer.getAsBoolean()) {
            if (source != null) {
                penalties.succeeded(source);
            }
            return true;
        }
        if (source != null) {
            penalties.failed(source);
        }
        return false;
    }

    /** One more failed try on this connection: how many it has had. */
    private static int failures(ServerSession session) {
        return session.computeAttributeIfAbsent(FAILURES, key -> new AtomicInteger()).incrementAndGet();
    }

    private static void disconnect(ServerSession session) {
        try {
            session.disconnect(SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE, TOO_MANY);
        } catch (IOException e) {
            session.close(true);
        }
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
