package io.fpsh.shell.serve;

/**
 * The bytes the client sent that no line has taken yet, as a tty's input queue: filled by the channel's reader
 * thread, taken by the session thread. Ctrl-C during a command empties it, as SIGINT flushes a tty's queue.
 */
final class TypeAhead {
    private byte[] bytes = new byte[256];
    private int head;
    private int tail;
    private boolean ended;
    /** Past this many queued bytes the client's SSH window is held shut until half of them are taken. */
    private final int highWater;
    private long held;
    private java.util.function.LongConsumer reopen = bytes -> { };

    TypeAhead() {
        this(Integer.MAX_VALUE);
    }

    TypeAhead(int highWater) {
        this.highWater = highWater;
    }

    /** Who gives the client back the window held while the queue was full (the channel's window adjust). */
    synchronized void whenRoom(java.util.function.LongConsumer reopen) {
        this.reopen = reopen;
    }

    /**
     * After an {@link #add}: true, and {@code length} bytes of window kept back, when the queue is past its mark;
     * they are given back once the session has taken half of it, so a flood waits in the client, not in memory.
     */
    synchronized boolean holdIfFull(int length) {
        if (tail - head <= highWater) {
            return false;
        }
        held += length;
        return true;
    }

    private void giveBackIfRoom() {
        if (held > 0 && tail - head <= highWater / 2) {
            long bytes = held;
            held = 0;
            reopen.accept(bytes);
        }
    }

    synchronized void add(byte[] data, int offset, int length) {
        if (tail + length > bytes.length) {
            byte[] grown = new byte[Math.max(bytes.length * 2, tail - head + length)];
            System.arraycopy(bytes, head, grown, 0, tail - head);
            tail -= head;
            head = 0;
            bytes = grown;
        }
        System.arraycopy(data, offset, bytes, tail, length);
        tail += length;
        notifyAll();
    }

    /** The next byte, waiting for it; -1 once the client has closed its side and everything was taken. */
    synchronized int take() throws InterruptedException {
        while (head == tail && !ended) {
            wait();
        }
        if (head == tail) {
            return -1;
        }
        int b = bytes[head++] & 0xff;
        if (head == tail) {
            head = 0;
            tail = 0;
        }
        giveBackIfRoom();
        return b;
    }

    /**
     * The next byte (or, with {@code peek}, a look at it), waiting at most {@code timeoutMillis} (0: for ever);
     * -2 when none came in time, -1 once the client has closed its side and everything was taken.
     */
    synchronized int take(long timeoutMillis, boolean peek) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (head == tail && !ended) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (timeoutMillis > 0 && left <= 0) {
                return -2;
            }
            wait(timeoutMillis > 0 ? left : 0);
        }
        if (head == tail) {
            return -1;
        }
        return peek ? bytes[head] & 0xff : take();
    }

    /** True when a byte can be taken without waiting (then the echo is not flushed yet: one packet for a paste). */
    synchronized boolean hasMore() {
        return head < tail;
    }

    synchronized void clear() {
        head = 0;
        tail = 0;
        giveBackIfRoom();
    }

    /** The client sent EOF, or the channel closed: takers get what is left, then -1. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }
}
