package io.fpsh.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who and where the operator is on their own machine: the prompt's user and host, the home directory that
 * {@code ~} stands for, and the directory the shell starts in (fpsh's own working directory, as a shell
 * started there would have).
 */
public record HostIdentity(String user, String hostname, String home, String startDirectory) {

    private static final Path HOSTNAME_FILE = Path.of("/etc/hostname");

    /** This machine. The hostname comes from /etc/hostname or $HOSTNAME: InetAddress.getLocalHost() would ask DNS. */
    public static HostIdentity ofThisMachine() {
        String user = System.getProperty("user.name", "user");
        String home = System.getProperty("user.home", "/");
        String start = System.getProperty("user.dir", home);
        return new HostIdentity(user, shortHostname(), home, start);
    }

    private static String shortHostname() {
        String name = "";
        try {
            name = Files.readString(HOSTNAME_FILE, StandardCharsets.UTF_8).strip();
        } catch (IOException | SecurityException e) {
            // not every system has the file: fall back on the environment
        }
        if (name.isEmpty()) name = System.getenv().getOrDefault("HOSTNAME", "").strip();
        if (name.isEmpty()) name = "localhost";
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name; // bash's \h: up to the first dot
    }
}
