package io.fpsh.net;

import java.time.Duration;

/**
 * The kernel's {@code net.ipv4.tcp_syn_retries}: how often Linux resends a SYN nobody answers before connect()
 * fails with ETIMEDOUT ("Connection timed out"). The first wait is 1 s and each doubles, capped at 120 s
 * (TCP_RTO_MAX), so the default 6 gives up after 1+2+4+8+16+32+64 = 127 s, 1 after 3 s and 2 after 7 s.
 */
public record SynRetries(int retries) {
    /** Linux's default, the device's too. */
    public static final SynRetries DEFAULT = new SynRetries(6);
    /** The range the sysctl accepts. */
    public static final int MIN = 1, MAX = 127;

    private static final long MAX_RTO_SECONDS = 120;

    public SynRetries {
        if (retries < MIN || retries > MAX) {
            throw new IllegalArgumentException("tcp_syn_retries must be " + MIN + ".." + MAX + " (got " + retries + ")");
        }
    }

    /** From the first SYN until connect() fails. */
    public Duration giveUpAfter() {
        long seconds = 0;
        for (int i = 0; i <= retries; i++) {
            seconds += i >= 7 ? MAX_RTO_SECONDS : Math.min(1L << i, MAX_RTO_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }
}
