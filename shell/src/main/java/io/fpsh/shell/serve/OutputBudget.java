package io.fpsh.shell.serve;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What one command may print to its client: past {@code limit} bytes the rest is dropped and {@code onSpent} runs
 * once (it stops the command), so a program printing without end (an awk loop) never floods the client or the
 * server. {@link #startCommand} opens a new budget for each line.
 */
final class OutputBudget {
    private final long limit;
    private final Runnable onSpent;
    private long used;
    private boolean spent;

    OutputBudget(long limit, Runnable onSpent) {
        this.limit = limit;
        this.onSpent = onSpent;
    }

    synchronized void startCommand() {
        used = 0;
        spent = false;
    }

    /** True when the command ran out of budget (its output was cut). */
    synchronized boolean spent() {
        return spent;
    }

    long limit() {
        return limit;
    }

    /** {@code 16 MiB}, or {@code 4096 bytes} for a limit that is no whole number of MiB. */
    static String size(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** How many of {@code length} bytes may still go out; the first refusal stops the command. */
    private int allow(int length) {
        boolean firstRefusal;
        int allowed;
        synchronized (this) {
            allowed = (int) Math.max(0, Math.min(length, limit - used));
            used += allowed;
            firstRefusal = allowed < length && !spent;
            spent |= allowed < length;
        }
        if (firstRefusal) {
            onSpent.run();
        }
        return allowed;
    }

    /** {@code out} with this budget applied. */
    OutputStream around(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                if (allow(1) == 1) {
                    out.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                int allowed = allow(length);
                if (allowed > 0) {
                    out.write(bytes, offset, allowed);
                }
            }
        };
    }
}
