package io.fpsh.shell;

import io.fpsh.FpshHome;
import io.fpsh.playbook.PlaybookFiles;
import io.fpsh.shell.serve.FleetInventoryFile;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.HeapPeak;
import io.fpsh.shell.serve.PasswordHash;
import io.fpsh.shell.serve.ServeException;
import io.fpsh.shell.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code fpsh serve}: simulated FTDs over SSH, for real clients (ssh, netmiko, Ansible) to talk to. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the lab over SSH: every connection gets its own copy of the device unless --shared;"
                + " --fleet N serves N distinct devices.",
                "Without --users the lab's account (admin/Admin123) logs in, on a loopback address only."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lab", paramLabel = "NAME|FILE", completionCandidates = ShippedLabNames.class,
            description = "The lab to serve (default: ftd01-dns); with --fleet, several --lab are given in turn to"
                    + " the devices (ftd0001 the first, ftd0002 the second...).")
    java.util.List<String> labs;

    @Option(names = "--seed", paramLabel = "N",
            description = "Draw the lab's variables from seed N (each --lab the same way); without it, their defaults.")
    String seed;

    @Option(names = "--write-inventory", paramLabel = "FILE",
            description = "With --fleet: write an inventory of the fleet for fpsh run --inventory (and FILE.known_hosts"
                    + " with this server's key); the password goes in $" + FleetInventoryFile.PASSWORD_ENV + ".")
    Path inventory;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2222", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Accounts, one a line: user:$pbkdf2-sha256$... or user:ssh-ed25519 AAAA...")
    Path users;

    @Option(names = "--shared", description = "One device for all sessions instead of a copy each.")
    boolean shared;

    @Option(names = "--fleet", paramLabel = "N",
            description = "Serve N distinct devices ftd0001..ftdN, each shared by its sessions, chosen by the login"
                    + " name: ssh admin%%ftd0042@HOST (or ssh -l admin@ftd0042 HOST); plain admin is ftd0001.")
    Integer fleet;

    // --- classroom (issue 12 §6) ---
    @Option(names = "--classroom", paramLabel = "ROSTER",
            description = "Serve a class: ROSTER lists the students in the --users format (student:$pbkdf2-sha256$..."
                    + " or student:ssh-ed25519 AAAA...); each gets their own device of --lab, drawn from their own"
                    + " seed, kept across their reconnects. Needs --dir.")
    Path classroom;

    @Option(names = "--dir", paramLabel = "CLASS_DIR",
            description = "With --classroom: the class folder, where each session is recorded (asciicast) and each"
                    + " student's progress is written as it happens (fpsh classroom status|report CLASS_DIR).")
    Path classDir;
    // --- end classroom ---

    @Option(names = "--hash-password",
            description = "Read a password (from the terminal, or one line of stdin) and print its hash for --users.")
    boolean hashPassword;

    // --- containment (issue 12 §7): login throttling and caps per session ---
    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Change a limit on logins or sessions (repeatable): login-delay=2s, max-auth-tries=6,"
                    + " penalty-after=10, penalty=15s, max-penalty=600s, output=16777216 (bytes per command),"
                    + " commands-per-second=50, command-burst=200, history=500, type-ahead=1048576,"
                    + " sessions-per-user=20, command-time=10m (how long one command may run).")
    java.util.List<String> limitChanges;

    private io.fpsh.shell.serve.ServeLimits limits() throws ServeException {
        io.fpsh.shell.serve.ServeLimits limits = io.fpsh.shell.serve.ServeLimits.DEFAULTS;
        for (String change : limitChanges == null ? java.util.List.<String>of() : limitChanges) {
            limits = limits.with(change);
        }
        return limits;
    }
    // --- end containment ---

    @Override
    public Integer call() throws FpshException {
        if (hashPassword) {
            return printPasswordHash();
        }
        checkClassroomOptions();
        PlaybookFiles.refuseInThisProcess("a playbook file never runs inside fpsh serve (shipped playbooks only)");
        java.util.List<String> specs = new java.util.ArrayList<>();
        for (String lab : labs == null ? java.util.List.<String>of() : labs) {
            specs.add(LaunchOptions.targetSpec(lab, null, seed));
        }
        if (specs.size() > 1 && fleet == null) {
            throw FpshException.usage("serve: several --lab need --fleet N (the labs are given in turn to its devices)");
        }
        if (inventory != null && fleet == null) {
            throw FpshException.usage("serve: --write-inventory needs --fleet N");
        }
        String labSpec = specs.isEmpty() ? LaunchOptions.targetSpec(null, null, seed) : specs.get(0);
        ServeSettings settings = new ServeSettings(labSpec, bind, port, classroom != null ? classroom : users, shared,
                FpshHome.directory());
        quietLibraryLogs();
        FtdSshServer server;
        try {
            if (fleet != null) {
                ServeSettings.checkFleetSize(fleet); // --fleet 0 is a mistake, not "no fleet"
                settings = settings.withFleet(fleet, specs);
            }
            server = classroom != null ? FtdSshServer.startClassroom(settings, limits(), classDir)
                    : FtdSshServer.start(settings, limits());
        } catch (ServeException e) {
            // a roster's bad lines are reported one line each
            throw FpshException.usage("serve: " + e.getMessage().replace("\n", "\nfpsh: serve: "));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            HeapPeak.reportIfAsked();
            stopped.countDown();
        }, "fpsh-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        if (inventory != null) {
            writeInventory(server, settings);
        }
        out.printf("fpsh serve: %s on %s port %d, %s; host key %s (Ctrl-C stops)%n", labSpec, bind, server.port(),
                server.devicesServed(), server.hostKeyFingerprint());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return 0;
    }

    /** --classroom takes the place of --users, --shared and --fleet: each student has one device of their own. */
    private void checkClassroomOptions() throws FpshException {
        if (classroom == null) {
            if (classDir != null) {
                throw FpshException.usage("serve: --dir needs --classroom ROSTER");
            }
            return;
        }
        if (classDir == null) {
            throw FpshException.usage("serve: --classroom needs --dir CLASS_DIR (where progress and recordings go)");
        }
        if (users != null || shared || fleet != null || seed != null || labs != null && labs.size() > 1) {
            throw FpshException.usage("serve: --classroom gives each student a device of one --lab, drawn from their"
                    + " own seed: it does not go with --users, --shared, --fleet, --seed or several --lab");
        }
    }

    private void writeInventory(FtdSshServer server, ServeSettings settings) throws FpshException {
        java.util.List<String> names = new java.util.ArrayList<>();
        String account = null;
        try {
            for (String lab : settings.labsInTurn()) {
                io.fpsh.lab.LabFile file = io.fpsh.sim.run.LabDevices.read(lab.startsWith("lab:") ? lab.substring(4) : lab);
                names.add(file.name());
                if (account == null && !file.device().accounts().isEmpty()) {
                    account = file.device().accounts().get(0).user();
                }
            }
            FleetInventoryFile.write(inventory, server, bind, settings.fleet(), names, account == null ? "admin" : account);
        } catch (io.fpsh.device.TargetException | java.io.IOException e) {
            server.close();
            throw FpshException.usage("serve: --write-inventory " + inventory + ": " + e.getMessage());
        }
    }

    private int printPasswordHash() throws FpshException {
        char[] password = readPassword();
        if (password == null || password.length == 0) {
            throw new FpshException("serve: no password given", 1);
        }
        try {
            spec.commandLine().getOut().println(PasswordHash.create(password));
            spec.commandLine().getOut().flush();
        } finally {
            Arrays.fill(password, '\0');
        }
        return 0;
    }

    /** On a terminal asked twice with echo off; otherwise the first line of stdin (scripts). */
    private static char[] readPassword() throws FpshException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new FpshException("serve: the passwords differ", 1);
            }
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            return null;
        }
    }

    /** MINA logs every session at INFO; only warnings and errors belong on the server's console. */
    private static void quietLibraryLogs() {
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.sshd") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "warn");
        }
    }
}
