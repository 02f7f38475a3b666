package io.fpsh.shell;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A MINA SSHD server on 127.0.0.1 whose pty shell plays a badly behaved FTD clish, one misbehaviour per command:
 * {@code show freeze} stops mid-output for good, {@code show slow} waits for Ctrl-C, {@code show drop} closes the
 * TCP connection mid-output (no SSH goodbye), {@code show exit} ends the channel mid-output (the process died),
 * {@code show paged STYLE} pages 60 lines the ways real pagers do, {@code show bell} rings the bell and keeps the
 * line (Enter refused), {@code show keep} redraws the prompt with the line kept after an error. Ctrl-A Ctrl-K
 * clears the kept line as klish does. Logins: the password {@value #PASSWORD}, or the key in {@code authorizedKey}.
 * The user {@value #MUTE_USER} logs in to a shell that never shows a prompt, {@value #LATE_USER} to one that shows
 * it only after {@link #LATE_PROMPT}.
 */
final class ScriptedFtdServer implements AutoCloseable {
    static final String PASSWORD = "fpsh-test";
    static final int PAGED_LINES = 60;
    static final int PAGE = 24;
    static final String MUTE_USER = "mute";
    static final String LATE_USER = "late";
    static final java.time.Duration LATE_PROMPT = java.time.Duration.ofSeconds(3);

    private final SshServer server;
    private final String hostKey;

    private ScriptedFtdServer(SshServer server, String hostKey) {
        this.server = server;
        this.hostKey = hostKey;
    }

    static ScriptedFtdServer start(Path folder, Path authorizedKey) throws IOException {
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(folder.resolve("scripted_host_key"));
        keys.setAlgorithm("EdDSA");
        keys.setKeySize(256);
        String hostKey = PublicKeyEntry.toString(keys.loadKeys(null).iterator().next().getPublic());
        String allowed = authorizedKey == null ? "" : String.join(" ",
                java.util.Arrays.copyOf(Files.readString(authorizedKey).strip().split(" "), 2));
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(keys);
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        server.setPasswordAuthenticator((user, password, session) -> PASSWORD.equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> PublicKeyEntry.toString(key).equals(allowed));
        server.setShellFactory(channel -> new Shell());
        server.start();
        return new ScriptedFtdServer(server, hostKey);
    }

    int port() {
        return server.getPort();
    }

    /** The known_hosts line for this server at {@code port} (the port of a proxy in front of it, say). */
    String knownHostsLine(int port) {
        return "[127.0.0.1]:" + port + " " + hostKey + "\n";
    }

    /** The sessions of {@code user} the server has open now. */
    long openSessions(String user) {
        return server.getActiveSessions().stream().filter(session -> user.equals(session.getUsername())).count();
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            // stopping a test server: nothing to do about it
        }
    }

    /** The pty shell: echo, line editing of the fake clish, and the misbehaving commands. */
    private static final class Shell implements Command, Runnable {
        private InputStream in;
        private OutputStream out;
        private ExitCallback exit;
        private ChannelSession channel;
        private final StringBuilder line = new StringBuilder();
        private final Deque<String> pagedLines = new ArrayDeque<>();
        private String pagerStyle;
        private boolean frozen;
        private boolean waitingForInterrupt;
        private boolean afterCtrlA;
        private boolean lineKept;

        @Override public void setInputStream(InputStream in) { this.in = in; }

        @Override public void setOutputStream(OutputStream out) { this.out = out; }

        @Override public void setErrorStream(OutputStream err) { }

        @Override public void setExitCallback(ExitCallback callback) { this.exit = callback; }

        @Override
        public void start(ChannelSession channel, Environment env) {
            this.channel = channel;
            Thread thread = new Thread(this, "scripted-ftd-shell");
            thread.setDaemon(true);
            thread.start();
        }

        @Override public void destroy(ChannelSession channel) { }

        @Override
        public void run() {
            try {
                String user = channel.getSession().getUsername();
                if (MUTE_USER.equals(user)) {
                    in.transferTo(OutputStream.nullOutputStream()); // logged in, and then nothing, ever
                    return;
                }
                if (LATE_USER.equals(user)) {
                    Thread.sleep(LATE_PROMPT.toMillis());
                }
                write("Cisco Firepower Extensible Operating System (FX-OS) v2.13.0 (build 198)\r\n"
                        + "Cisco Secure Firewall Threat Defense for VMware v7.3.1 (build 19)\r\n\r\n> ");
                int b;
                while ((b = in.read()) >= 0) {
                    key(b);
                }
            } catch (IOException | InterruptedException e) {
                // the client went away
            }
        }

        private void key(int b) throws IOException, InterruptedException {
            if (frozen) {
                return; // hung for good: not even Ctrl-C helps
            }
            if (pagerStyle != null) {
                if (b == ' ') {
                    write(erase(pagerStyle));
                    page();
                }
                return;
            }
            if (waitingForInterrupt) {
                if (b == 0x03) {
                    waitingForInterrupt = false;
                    write("^C\r\n> ");
                }
                return;
            }
            if (afterCtrlA) {
                afterCtrlA = false;
                if (b == 0x0b) { // Ctrl-A Ctrl-K: kill the whole line
                    int n = line.length();
                    write("\b".repeat(n) + " ".repeat(n) + "\b".repeat(n));
                    line.setLength(0);
                    lineKept = false;
                }
                return;
            }
            switch (b) {
                case 0x01 -> afterCtrlA = true;
                case '\r' -> enter();
                case '\n' -> { }
                default -> {
                    if (b >= 0x20) {
                        line.append((char) b);
                        write(String.valueOf((char) b));
                    }
                }
            }
        }

        private void enter() throws IOException, InterruptedException {
            String typed = line.toString();
            if (typed.equals("show bell") && !lineKept) {
                write("\u0007"); // klish refuses the Enter and keeps the line
                lineKept = true;
                return;
            }
            if (typed.equals("show keep") && !lineKept) {
                write("\r\nSyntax error: The command is not completed\r\n> show keep");
                lineKept = true;
                return;
            }
            if (lineKept) {
                write("\u0007");
                return;
            }
            line.setLength(0);
            write("\r\n");
            run(typed);
        }

        private void run(String command) throws IOException, InterruptedException {
            switch (command) {
                case "" -> write("> ");
                case "show version" -> write("-------------------[ ftd01 ]--------------------\r\n"
                        + "Model                     : Cisco Secure Firewall Threat Defense for VMware (75) Version 7.3.1 (Build 19)\r\n"
                        + "----------------------------------------------------\r\n> ");
                case "show freeze" -> {
                    write("partial 1\r\npartial 2\r\n");
                    frozen = true;
                }
                case "show slow" -> {
                    write("working\r\n");
                    waitingForInterrupt = true;
                }
                case "show drop" -> {
                    write("before the drop 1\r\nbefore the drop 2\r\n");
                    Thread.sleep(300); // the lines leave before the connection goes
                    channel.getSession().getIoSession().close(true);
                }
                case "show exit" -> {
                    write("before the end 1\r\nbefore the end 2\r\n");
                    Thread.sleep(300);
                    exit.onExit(0);
                }
                default -> {
                    if (command.startsWith("show paged ")) {
                        for (int i = 1; i <= PAGED_LINES; i++) {
                            pagedLines.add(pagedLine(i));
                        }
                        pagerStyle = command.substring("show paged ".length());
                        page();
                    } else {
                        write("Syntax error: Illegal command line\r\n> ");
                    }
                }
            }
        }

        /** One page, then the pager prompt, or the end and the prompt. */
        private void page() throws IOException, InterruptedException {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < PAGE && !pagedLines.isEmpty(); i++) {
                text.append(pagedLines.poll()).append("\r\n");
            }
            if (pagedLines.isEmpty()) {
                pagerStyle = null;
                write(text + "> ");
                return;
            }
            String pager = pagerStyle.equals("ios") ? " --More-- " : "<--- More --->";
            if (pagerStyle.equals("split")) {
                write(text + pager.substring(0, 6)); // "<--- M" alone in its packet
                Thread.sleep(150);
                write(pager.substring(6));
            } else {
                write(text + pager);
            }
        }

        /** How each style wipes its pager prompt after SPACE. */
        private static String erase(String style) {
            return switch (style) {
                case "backspace", "ios" -> "\b".repeat(14) + " ".repeat(14) + "\b".repeat(14);
                case "esc" -> "\r\u001b[K";
                default -> "\r              \r"; // cr, split: LINA's own
            };
        }

        private void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** Line {@code i} of the paged output; every line after a page break is indented, as config sub-commands are. */
    static String pagedLine(int i) {
        return (i % PAGE == 1 && i > 1 ? " " : "") + "config line " + i;
    }
}
