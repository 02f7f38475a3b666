package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.device.TargetException;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.ParseResult;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A small stand-in for the lab simulator, behaving like an FTD's clish where the shell tests look: prompt "> ",
 * grammar-checked lines (abbreviations, syntax errors on stderr), {@code expert} to "admin@ftd01:~$ " and
 * {@code exit} back, {@code sudo su -} asking for a password (Admin123), {@code sleep N} blocking until
 * {@link #cancel()}, output on both streams, and a few files for path completion. Subprocess tests run it through {@link FakeDeviceMain}.
 */
public final class FakeDevice implements Device {
    static final String BANNER = "Copyright 2004-2026, Cisco and/or its affiliates. (fake test device)\n";
    static final String VERSION = "Model                     : Cisco Firepower Threat Defense for VMware (75) Version 6.5.0 (Build 115)\n";

    /** The fake file system: directory as typed (empty = working directory) to its names, directories ending in '/'. */
    private static final Map<String, List<String>> FILES = Map.of(
            "", List.of("notes.txt", ".bash_history", "logs/"),
            "/ngfw/etc/sf/", List.of("connector.properties", "connector.log", "sftunnel.conf", "keys/"));

    private final String target;
    private final CommandParser parser = new CommandParser(Grammar.ftd());
    private volatile Mode mode = Mode.CLISH;
    private volatile boolean open = true;
    private volatile CountDownLatch running = new CountDownLatch(0);

    /** A fake device for tests that only need one: {@code lab:test}. */
    public static FakeDevice forTest() {
        try {
            return new FakeDevice("lab:test");
        } catch (TargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens any target but {@code lab:nosuch}, which fails as an unknown lab does. */
    public FakeDevice(String target) throws TargetException {
        if (target.equals("lab:nosuch")) {
            throw new TargetException("unknown lab 'nosuch' (fpsh lab list shows the shipped labs)");
        }
        this.target = target;
    }

    @Override public String banner() { return BANNER; }

    @Override public Mode mode() { return mode; }

    @Override
    public String prompt() {
        switch (mode) {
            case EXPERT: return "admin@ftd01:~$ ";
            case ROOT: return "root@ftd01:~# ";
            default: return "> ";
        }
    }

    @Override
    public int run(String line, DeviceIo io) {
        return mode.isLinuxShell() ? runShell(line, io) : runClish(line, io);
    }

    private int runClish(String line, DeviceIo io) {
        ParseResult result = parser.parse(mode, line);
        if (result instanceof ParseResult.Empty) {
            return 0;
        }
        if (!(result instanceof ParseResult.Command command)) {
            io.err().println(CommandParser.syntaxError(result));
            return 1;
        }
        switch (command.command()) {
            case "show version":
                io.out().print("-------------------[ ftd01 ]--------------------\n" + VERSION);
                return 0;
            case "expert":
                mode = Mode.EXPERT;
                return 0;
            case "exit":
            case "logout":
                open = false;
                return 0;
            case "configure network http-proxy":
                String proxy = io.readLine("Enter HTTP Proxy address: ");
                io.out().println("(fake) proxy " + proxy);
                return proxy == null ? 1 : 0;
            default:
                io.out().println("(fake) " + command.expanded());
                return 0;
        }
    }

    private int runShell(String line, DeviceIo io) {
        List<String> words = CommandParser.words(line);
        if (words.isEmpty()) {
            return 0;
        }
        String rest = line.strip().substring(words.get(0).length()).strip();
        switch (words.get(0)) {
            case "exit":
                mode = mode == Mode.ROOT ? Mode.EXPERT : Mode.CLISH;
                return 0;
            case "echo":
                io.out().println(rest);
                return 0;
            case "whoami":
                io.out().println(mode == Mode.ROOT ? "root" : "admin");
                return 0;
            case "true":
                return 0;
            case "false":
                return 1;
            case "ls":
                io.err().println("ls: cannot access '" + rest + "': No such file or directory");
                return 2;
            case "sudo":
                return sudo(io);
            case "sleep":
                return sleep(rest, io);
            default:
                io.err().println("-bash: " + words.get(0) + ": command not found");
                return 127;
        }
    }

    private int sudo(DeviceIo io) {
        String password = io.readPassword("Password: ");
        if ("Admin123".equals(password)) {
            mode = Mode.ROOT;
            return 0;
        }
        io.err().println("sudo: 1 incorrect password attempt");
        return 1;
    }

    /** Blocks until the time is up or {@link #cancel()} is called; 130 after a cancel, as bash reports SIGINT. */
    private int sleep(String seconds, DeviceIo io) {
        CountDownLatch latch = new CountDownLatch(1);
        running = latch;
        try {
            long wait = seconds.matches("\\d{1,6}") ? Long.parseLong(seconds) : 1;
            boolean cancelled = latch.await(wait, TimeUnit.SECONDS);
            if (cancelled) {
                io.out().println();
                return 130;
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    @Override
    public List<String> listFiles(String directory) {
        return FILES.getOrDefault(directory, List.of());
    }

    @Override
    public void cancel() {
        running.countDown();
    }

    @Override public boolean isOpen() { return open; }

    @Override public String targetName() { return target; }

    @Override public void close() { open = false; }
}
