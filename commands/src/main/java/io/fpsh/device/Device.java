package io.fpsh.device;

/**
 * One FTD as the shell sees it, whatever it really is: a lab simulation, a real box over SSH, or the operator's
 * own machine. Every front end (REPL, {@code -c}, SSH server, playbooks) goes through this interface only.
 */
public interface Device extends AutoCloseable {

    /** What the device prints when a session opens (the login banner), ending with a newline; may be empty. */
    String banner();

    /** The mode the next line will run in. */
    Mode mode();

    /** The prompt exactly as the device prints it, e.g. {@code "> "} or {@code "admin@ftd01:~$ "}. */
    String prompt();

    /**
     * Runs one line typed at the prompt, streaming its output to {@code io}, and returns its exit status:
     * in clish 0, or 1 after a syntax error or a failed command; in the Linux shell the command's own.
     */
    int run(String line, DeviceIo io);

    /** Interrupts the running command, as Ctrl-C does; safe to call from any thread. */
    void cancel();

    /**
     * The names in a directory of the target's file system, for completing paths in the Linux shell (directories
     * end with '/'); empty where the target cannot tell without running a command.
     */
    default java.util.List<String> listFiles(String directory) {
        return java.util.List.of();
    }

    /** False once the session has ended (exit or logout at the clish prompt). */
    boolean isOpen();

    /**
     * The true time where the one driving this device stands, to set the device's clock against: the host's clock,
     * except on a lab, whose network keeps its own time (the shipped labs live in 2020).
     */
    default java.time.Instant referenceTime() {
        return java.time.Instant.now();
    }

    /**
     * What the engineer knows of this device's site and no device shows ({@code site-dns}, {@code site-proxy}), for
     * a playbook run's site params: a lab's {@code site} map; empty for a target that does not know its site.
     */
    default java.util.Map<String, String> siteParams() {
        return java.util.Map.of();
    }

    /**
     * What else this target offers, as a type the caller names (a lab's lesson hooks, {@code io.fpsh.teach.PlantedLab});
     * empty where it offers no such thing. A wrapper passes the question to the device it wraps.
     */
    default <T> java.util.Optional<T> feature(Class<T> kind) {
        return java.util.Optional.empty();
    }

    /**
     * The FTD software version whose commands this device has (e.g. {@code 7.4.1}), when it is known without asking
     * the device: a lab's; null otherwise (a real device then gets every command of the grammar).
     */
    default String softwareVersion() {
        return null;
    }

    /** A short name of the target, e.g. {@code lab:ftd01-dns}. */
    String targetName();

    /** Stops whatever the device runs on the host (lab servers, connections). */
    @Override
    void close();
}
