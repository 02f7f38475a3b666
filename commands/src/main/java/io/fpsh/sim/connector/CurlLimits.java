package io.fpsh.sim.connector;

/**
 * The limits canConnect gives its curl. The device's are {@link #CAN_CONNECT}; tests use shorter ones so that a
 * dropped port costs them seconds, not the device's ten.
 */
public record CurlLimits(int connectTimeoutSeconds, int maxTimeSeconds, int maxRedirects) {
    /** {@code --connect-timeout 10 -m 20 --max-redirs 5}, as ActionQueueScrape runs it. */
    public static final CurlLimits CAN_CONNECT = new CurlLimits(10, 20, 5);

    public CurlLimits {
        if (connectTimeoutSeconds < 1 || maxTimeSeconds < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("curl limits must be positive");
        }
    }

    /** canConnect's command line with these limits, up to the URL. */
    public String commandLine() {
        return "/usr/bin/curl -s --connect-timeout " + connectTimeoutSeconds + " -m " + maxTimeSeconds + " -L --max-redirs "
                + maxRedirects + " --max-filesize 104857600 --capath /ngfw/etc/sf/keys/fireamp/thawte_roots -f ";
    }
}
