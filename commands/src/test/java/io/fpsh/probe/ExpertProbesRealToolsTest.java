package io.fpsh.probe;

import io.fpsh.ftd.LsofSockets;
import io.fpsh.ftd.UnixSockets;
import io.fpsh.testkind.RealTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The netstat and lsof parsers on the real tools' output on this machine (net-tools netstat, lsof 4.x), around sockets
 * the test opens itself: a unix socket listening and connected, a TCP listener on 127.0.0.1. Every data line the tool
 * prints must be read.
 */
@RealTool
class ExpertProbesRealToolsTest {

    @Test
    void netstatsUnixLinesWithAndWithoutTheProgramColumnAreAllRead(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/netstat")) || Files.isExecutable(Path.of("/bin/netstat")),
                "net-tools netstat is not installed");
        Path socketPath = dir.resolve("EventHandler_SSEConnector.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socketPath));
            try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socketPath));
                 SocketChannel accepted = server.accept()) {
                for (String command : List.of("netstat -anx", "netstat -anxp")) {
                    ProbeOutput output = run(command);
                    UnixSockets read = new NetstatProbe().parse(output, List.of());
                    assertEquals(count(output, "unix "), read.sockets().size(), command);
                    List<String> states = read.sockets().stream().filter(s -> socketPath.toString().equals(s.path()))
                            .map(UnixSockets.Socket::state).toList();
                    assertTrue(states.contains("LISTENING"), command + ": " + states + "\n" + output.text());
                    assertTrue(states.contains("CONNECTED"), command + ": " + states);
                    UnixSockets.Socket listening = read.sockets().stream()
                            .filter(s -> socketPath.toString().equals(s.path()) && "LISTENING".equals(s.state()))
                            .findFirst().orElseThrow();
                    assertEquals(List.of("ACC"), listening.flags());
                    if (command.endsWith("p")) {
                        assertEquals((int) ProcessHandle.current().pid(), listening.pid(), output.text());
                        assertEquals("java", listening.program());
                    }
                }
            }
        }
    }

    @Test
    void lsofsInternetLinesAreAllReadWithTheirEndsAndStates() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/lsof")) || Files.isExecutable(Path.of("/usr/sbin/lsof")),
                "lsof is not installed");
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             java.net.Socket client = new java.net.Socket()) {
            client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()));
            try (java.net.Socket accepted = listener.accept()) {
                ProbeOutput output = run("lsof -n -P -i");
                LsofSockets read = new LsofProbe().parse(output, List.of());
                assertEquals(output.lines().size() - 1, read.sockets().size(), output.text());
                String pid = Long.toString(ProcessHandle.current().pid());
                String port = ":" + listener.getLocalPort();
                List<LsofSockets.Socket> ours = read.sockets().stream()
                        .filter(s -> Integer.toString(s.pid()).equals(pid)).toList();
                assertTrue(ours.stream().anyMatch(s -> s.localEnd().endsWith(port) && s.remoteEnd() == null
                        && "LISTEN".equals(s.tcpState())), output.text());
                assertTrue(ours.stream().anyMatch(s -> s.localEnd().equals("127.0.0.1:" + client.getLocalPort())
                        && ("127.0.0.1" + port).equals(s.remoteEnd()) && "ESTABLISHED".equals(s.tcpState())), output.text());
            }
        }
    }

    /** Runs one of the host's tools, as the probe's line would on a device: its stdout (warnings about the host aside). */
    private static ProbeOutput run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command.split(" ")))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), command + " did not end");
        return new ProbeOutput(new String(out, StandardCharsets.UTF_8), process.exitValue());
    }

    private static long count(ProbeOutput output, String prefix) {
        return output.lines().stream().filter(line -> line.startsWith(prefix)).count();
    }
}
