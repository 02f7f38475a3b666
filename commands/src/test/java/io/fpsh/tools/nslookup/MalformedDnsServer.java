package io.fpsh.tools.nslookup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * A UDP DNS server on 127.0.0.1 that answers every query with a broken version of a good answer
 * (A 127.0.0.10 for the name asked), broken in one {@link Damage} way.
 */
final class MalformedDnsServer implements AutoCloseable {

    enum Damage {
        /** The good answer without its last 6 bytes: the A record's data is cut. */
        TRUNCATED,
        /** 7 bytes: not even a header. */
        SHORTER_THAN_A_HEADER,
        /** The good answer with another ID. */
        WRONG_ID,
        /** Bytes 0, 1, 2 ... 39: ID 1, no QR bit. */
        GARBAGE,
        /** The answer's owner name is a compression pointer to itself. */
        COMPRESSION_LOOP
    }

    private final DatagramSocket socket;

    MalformedDnsServer(Damage damage) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread loop = new Thread(() -> serve(damage), "malformed-dns-" + socket.getLocalPort());
        loop.setDaemon(true);
        loop.start();
    }

    int port() { return socket.getLocalPort(); }

    InetSocketAddress endpoint() { return new InetSocketAddress(InetAddress.getLoopbackAddress(), port()); }

    private void serve(Damage damage) {
        byte[] buffer = new byte[4096];
        try {
            while (true) {
                DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                socket.receive(query);
                byte[] reply = reply(Arrays.copyOf(query.getData(), query.getLength()), damage);
                socket.send(new DatagramPacket(reply, reply.length, query.getSocketAddress()));
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    static byte[] reply(byte[] query, Damage damage) {
        int questionEnd = 12;
        while (query[questionEnd] != 0) questionEnd += (query[questionEnd] & 0xff) + 1;
        questionEnd += 5; // the root label, QTYPE, QCLASS
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(query[0]);
        out.write(query[1]);
        out.writeBytes(new byte[]{(byte) 0x85, (byte) 0x80, 0, 1, 0, 1, 0, 0, 0, 0}); // QR AA RD RA, 1 question, 1 answer
        out.write(query, 12, questionEnd - 12);
        int answerOffset = out.size();
        if (damage == Damage.COMPRESSION_LOOP) out.writeBytes(new byte[]{(byte) 0xc0, (byte) answerOffset});
        else out.writeBytes(new byte[]{(byte) 0xc0, 12});
        out.writeBytes(new byte[]{0, 1, 0, 1, 0, 0, 1, 44, 0, 4, 127, 0, 0, 10}); // A IN TTL 300, 127.0.0.10
        byte[] good = out.toByteArray();
        return switch (damage) {
            case TRUNCATED -> Arrays.copyOf(good, good.length - 6);
            case SHORTER_THAN_A_HEADER -> Arrays.copyOf(good, 7);
            case WRONG_ID -> {
                good[0] ^= (byte) 0xff;
                yield good;
            }
            case GARBAGE -> {
                byte[] garbage = new byte[40];
                for (int i = 0; i < garbage.length; i++) garbage[i] = (byte) i;
                yield garbage;
            }
            case COMPRESSION_LOOP -> good;
        };
    }

    @Override
    public void close() {
        socket.close();
    }
}
