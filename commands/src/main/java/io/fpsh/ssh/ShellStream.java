package io.fpsh.ssh;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shell channel as text. A reader thread moves what the device sends into a queue, so the command loop can wait
 * with a deadline (SSHJ's channel stream blocks without one) and can ask whether more bytes are already waiting.
 */
final class ShellStream implements AutoCloseable {
    private static final AtomicInteger READERS = new AtomicInteger();
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private final TerminalDecoder decoder = new TerminalDecoder();
    private final OutputStream toDevice;
    private final Thread reader;
    private volatile boolean ended;
    /** Why the channel stopped, when it did not simply end (keepalives unanswered, connection reset). */
    private volatile IOException failure;

    ShellStream(InputStream fromDevice, OutputStream toDevice) {
        this.toDevice = toDevice;
        this.reader = new Thread(() -> pump(fromDevice), "fpsh-ssh-reader-" + READERS.incrementAndGet());
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(InputStream fromDevice) {
        byte[] buffer = new byte[16384];
        try {
            int count;
            while ((count = fromDevice.read(buffer)) >= 0) {
                if (count > 0) {
                    received.add(java.util.Arrays.copyOf(buffer, count));
                }
            }
        } catch (IOException e) {
            failure = e; // the connection broke rather than closed: the command loop says why
        } finally {
            received.add(END);
        }
    }

    /**
     * The next text from the device (may be empty while an escape sequence is incomplete).
     *
     * @throws EOFException the device closed the channel or the connection
     * @throws IOException  the connection broke (reset, keepalives unanswered); the message says how
     */
    String next(Deadline deadline) throws Deadline.Passed, IOException, InterruptedException {
        if (ended) {
            throw endOfInput();
        }
        long wait = deadline.remainingNanos();
        byte[] bytes = wait > 0 ? received.poll(wait, TimeUnit.NANOSECONDS) : received.poll();
        if (bytes == null) {
            throw new Deadline.Passed();
        }
        if (bytes == END) {
            ended = true;
            throw endOfInput();
        }
        return decoder.decode(bytes);
    }

    /** True when the device sends nothing more within {@code nanos}: it waits for input. */
    boolean quietFor(long nanos) throws InterruptedException {
        long end = System.nanoTime() + nanos;
        while (received.isEmpty()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            Thread.sleep(Math.min(20, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
        }
        return false;
    }

    private IOException endOfInput() {
        IOException broken = failure;
        return broken == null ? new EOFException() : new IOException(SshConnector.oneLine(broken), broken);
    }

    /** True when bytes have arrived that {@link #next} has not returned yet: what looks like a prompt is not the end. */
    boolean hasMore() {
        byte[] head = received.peek();
        return head != null && head != END;
    }

    synchronized void send(String text) throws IOException {
        toDevice.write(text.getBytes(StandardCharsets.UTF_8));
        toDevice.flush();
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
