package io.fpsh.ssh;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of ssh-agent's protocol (draft-miller-ssh-agent), the two requests a login needs: list the identities and
 * sign with one. The agent keeps the private keys; only public keys and signatures cross the socket.
 */
final class SshAgent implements Closeable {
    private static final byte FAILURE = 5;
    private static final byte REQUEST_IDENTITIES = 11;
    private static final byte IDENTITIES_ANSWER = 12;
    private static final byte SIGN_REQUEST = 13;
    private static final byte SIGN_RESPONSE = 14;
    /** Sign flags: an RSA key signs with SHA-2 instead of SHA-1 when asked. */
    static final int RSA_SHA2_256 = 2;
    static final int RSA_SHA2_512 = 4;
    private static final int MAX_MESSAGE = 256 * 1024;

    /** One key the agent holds: its public key blob as SSH sends it, and the comment ssh-add gave it. */
    record Identity(byte[] blob, String comment) {
        /** The key's type, the first string of the blob ({@code ssh-ed25519}, {@code ssh-rsa}, ...). */
        String type() {
            if (blob.length < 4) {
                return "";
            }
            int length = ByteBuffer.wrap(blob).getInt();
            return length < 0 || length > blob.length - 4 ? "" : new String(blob, 4, length, StandardCharsets.US_ASCII);
        }
    }

    private final SocketChannel channel;
    private final Selector selector;
    private final Duration timeout;

    private SshAgent(SocketChannel channel, Selector selector, Duration timeout) {
        this.channel = channel;
        this.selector = selector;
        this.timeout = timeout;
    }

    /** Connects to the agent's socket; an agent that does not answer within {@code timeout} is given up. */
    static SshAgent connect(Path socket, Duration timeout) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.configureBlocking(false);
            Selector selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
            return new SshAgent(channel, selector, timeout);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    List<Identity> identities() throws IOException {
        ByteBuffer answer = exchange(new Message(REQUEST_IDENTITIES));
        expect(answer, IDENTITIES_ANSWER, "the identities");
        int count = answer.getInt();
        List<Identity> identities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] blob = string(answer);
            identities.add(new Identity(blob, new String(string(answer), StandardCharsets.UTF_8)));
        }
        return identities;
    }

    /** The signature blob ({@code string algorithm, string signature}) of {@code data} by the key {@code blob}. */
    byte[] sign(byte[] blob, byte[] data, int flags) throws IOException {
        ByteBuffer answer = exchange(new Message(SIGN_REQUEST).string(blob).string(data).uint32(flags));
        expect(answer, SIGN_RESPONSE, "a signature");
        return string(answer);
    }

    private static void expect(ByteBuffer answer, byte type, String what) throws IOException {
        byte got = answer.get();
        if (got == FAILURE) {
            throw new IOException("the agent refused " + what);
        }
        if (got != type) {
            throw new IOException("the agent answered message " + got + " when asked for " + what);
        }
    }

    private ByteBuffer exchange(Message request) throws IOException {
        ByteBuffer out = request.framed();
        while (out.hasRemaining()) {
            channel.write(out); // a few hundred bytes: the socket buffer takes them at once
        }
        ByteBuffer length = read(ByteBuffer.allocate(4));
        int size = length.flip().getInt();
        if (size <= 0 || size > MAX_MESSAGE) {
            throw new IOException("the agent sent a message of " + size + " bytes");
        }
        return read(ByteBuffer.allocate(size)).flip();
    }

    private ByteBuffer read(ByteBuffer into) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (into.hasRemaining()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("the agent did not answer within " + timeout.toSeconds() + " s");
            }
            selector.select(Math.max(1, left / 1_000_000));
            selector.selectedKeys().clear();
            if (channel.read(into) < 0) {
                throw new IOException("the agent closed the connection");
            }
        }
        return into;
    }

    private static byte[] string(ByteBuffer buffer) throws IOException {
        if (buffer.remaining() < 4) {
            throw new IOException("the agent's answer is cut short");
        }
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new IOException("the agent's answer is cut short");
        }
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException e) {
            // nothing held that closing the channel does not free
        }
        try {
            channel.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** A request: its type byte and fields, sent behind its length. */
    private static final class Message {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        Message(byte type) {
            bytes.write(type);
        }

        Message string(byte[] value) {
            uint32(value.length);
            bytes.writeBytes(value);
            return this;
        }

        Message uint32(int value) {
            bytes.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
            return this;
        }

        ByteBuffer framed() {
            byte[] body = bytes.toByteArray();
            return ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).flip();
        }
    }
}
