package io.fpsh.ssh;

import com.hierynomus.sshj.key.KeyAlgorithm;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

import java.io.IOException;
import java.util.LinkedList;
import java.util.Queue;

/**
 * Public-key login with a key the ssh-agent holds: the same two steps as SSHJ's AuthPublickey (ask whether the key
 * would do, then send the signed request), but the signature comes from the agent, as the private key never leaves
 * it. An RSA key signs with the SHA-2 algorithm the server takes (the agent's flags), falling back like SSHJ does.
 */
final class AgentKeyAuth extends AbstractAuthMethod {
    private final SshAgent agent;
    private final SshAgent.Identity identity;
    private final KeyType keyType;
    private Queue<KeyAlgorithm> algorithms;

    AgentKeyAuth(SshAgent agent, SshAgent.Identity identity) {
        super("publickey");
        this.agent = agent;
        this.identity = identity;
        this.keyType = KeyType.fromString(identity.type());
    }

    /** False for keys SSHJ has no algorithm for (security keys, unknown types): they are not offered. */
    boolean usable() {
        return keyType != KeyType.UNKNOWN;
    }

    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        return request(false);
    }

    @Override
    public void handle(Message message, SSHPacket packet) throws UserAuthException, TransportException {
        if (message != Message.USERAUTH_60) {
            super.handle(message, packet);
            return;
        }
        // The server takes this key: sign the session id and the request, as RFC 4252 §7 has it.
        SSHPacket signed = request(true);
        byte[] data = new Buffer.PlainBuffer().putString(params.getTransport().getSessionID())
                .putBuffer(signed).getCompactData();
        try {
            signed.putString(agent.sign(identity.blob(), data, flags(algorithm().getKeyAlgorithm())));
        } catch (IOException e) {
            throw new UserAuthException("ssh-agent: " + e.getMessage(), e);
        }
        params.getTransport().write(signed);
    }

    private SSHPacket request(boolean signed) throws UserAuthException {
        return super.buildReq().putBoolean(signed).putString(algorithm().getKeyAlgorithm()).putString(identity.blob());
    }

    private KeyAlgorithm algorithm() throws UserAuthException {
        try {
            if (algorithms == null) {
                algorithms = new LinkedList<>(params.getTransport().getClientKeyAlgorithms(keyType));
            }
        } catch (TransportException e) {
            throw new UserAuthException("no algorithm for the agent's " + identity.type() + " key", e);
        }
        KeyAlgorithm algorithm = algorithms.peek();
        if (algorithm == null) {
            throw new UserAuthException("no algorithm for the agent's " + identity.type() + " key");
        }
        return algorithm;
    }

    private static int flags(String algorithm) {
        return switch (algorithm) {
            case "rsa-sha2-256" -> SshAgent.RSA_SHA2_256;
            case "rsa-sha2-512" -> SshAgent.RSA_SHA2_512;
            default -> 0;
        };
    }

    /** The next algorithm for the same key (rsa-sha2-512, then -256, then ssh-rsa), as SSHJ's keyed methods do. */
    @Override
    public boolean shouldRetry() {
        if (algorithms != null) {
            algorithms.poll();
            return !algorithms.isEmpty();
        }
        return false;
    }

    @Override
    public String toString() {
        return "agent key " + identity.comment();
    }
}
