package io.fpsh.sim;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.expert.InetSocket;
import io.fpsh.sim.expert.PmtoolDaemon;
import io.fpsh.sim.expert.UnixSocket;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The device's daemons and sockets, computed from the state and the connector's activity at the lab's current time:
 * what pmtool, netstat and lsof show in the expert shell, and what the model answers their probes with.
 */
final class DeviceTables {
    private final DeviceState state;
    private final ConnectorActivity connector;

    DeviceTables(DeviceState state, ConnectorActivity connector) {
        this.state = state;
        this.connector = connector;
    }

    /** The lab's daemons, running or not, as pmtool knows them now (a restarted daemon with its new pid). */
    private List<LabFile.Process> pmtoolProcesses() {
        return state.daemons().stream().map(state::current).toList();
    }

    /** The lab's processes that run now (a restarted daemon with its new pid; a disabled one is no process). */
    List<LabFile.Process> labProcesses() {
        return pmtoolProcesses().stream().filter(p -> state.isRunning(p.name())).toList();
    }

    private Optional<LabFile.Process> labProcess(String name) {
        return labProcesses().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    List<PmtoolDaemon> daemons() {
        List<PmtoolDaemon> list = new ArrayList<>();
        for (LabFile.Process process : pmtoolProcesses()) {
            PmtoolDaemon.Category category = "system".equals(process.category())
                    ? PmtoolDaemon.Category.SYSTEM : PmtoolDaemon.Category.NORMAL;
            List<String> requiredBy = process.name().equals("EventHandler")
                    ? List.of("SFDataCorrelator", "ActionQueueScrape", "SSEConnector") : List.of();
            // [UNVERIFIED: facts 2.4 confirm only "Running PID"; "Disabled" is the state word pmtool's verbs suggest]
            String running = state.isRunning(process.name()) ? "Running" : "Disabled";
            list.add(new PmtoolDaemon(process.name(), category, running, process.pid(),
                    Objects.requireNonNullElse(process.path(), process.command()),
                    DevicePaths.of(state.lab().device(), "/ngfw/var/sf/run/" + process.name() + ".pid"),
                    DevicePaths.of(state.lab().device(), "/ngfw/etc/sf/" + process.name() + ".run"), requiredBy));
        }
        return list;
    }

    List<InetSocket> inetSockets() {
        List<InetSocket> sockets = new ArrayList<>();
        sockets.add(InetSocket.tcpListen("0.0.0.0", 22, 2101, "sshd", "root", 3, 16_201, "*:ssh"));
        labProcess("SSEConnector").ifPresent(conn -> {
            int port = state.lab().connector().port();
            sockets.add(InetSocket.tcpListen("127.0.0.1", port, conn.pid(), conn.command(), conn.user(), 10, 26_077_573L,
                    "localhost:" + port));
            connector.websocket().ifPresent(ws -> sockets.add(InetSocket.tcpConnection(
                    state.ipv4().address(), ws.localPort(), ws.address(), ws.port(), ws.tcpState(), conn.pid(), conn.command(),
                    conn.user(), 19, 26_077_679L, null, ws.reverseName() + ":" + serviceName(ws.port()))));
        });
        sockets.addAll(tunnelSockets());
        return sockets;
    }

    /**
     * The management tunnel's sockets while its daemon runs on a managed device: a listener on the management port
     * (show network's "Management port", 8305 by default: the FMC may open the tunnel too) and, for each peer that
     * sftunnel-status reports connected, its TCP connection to the manager's port, ESTABLISHED. A peer whose
     * registration is pending has no connection between the daemon's attempts. [UNVERIFIED: the facts give the port
     * (1.6) and the tunnel's state (1.10), no netstat or lsof line of it; the listener's address is the management
     * interface's, as sftunnel-status lists the interface it uses.]
     */
    private List<InetSocket> tunnelSockets() {
        List<InetSocket> sockets = new ArrayList<>();
        Optional<LabFile.Process> daemon = labProcess(DeviceState.SFTUNNEL);
        if (daemon.isEmpty() || state.managers().isEmpty()) {
            return sockets;
        }
        LabFile.Process tunnel = daemon.get();
        String address = state.ipv4().address();
        int port = state.managementPort();
        sockets.add(InetSocket.tcpListen(address, port, tunnel.pid(), tunnel.command(), tunnel.user(), 7, 18_114_307L, null));
        int fd = 12;
        for (io.fpsh.ftd.SftunnelStatus.Peer peer : StateViews.sftunnel(state).peers()) {
            if (peer.connected()) {
                // a restarted daemon's new connection has a new local port
                int localPort = 43_517 + 97 * state.restartsOf(DeviceState.SFTUNNEL).size() + fd;
                sockets.add(InetSocket.tcpConnection(address, localPort, peer.host(), port, "ESTABLISHED", tunnel.pid(),
                        tunnel.command(), tunnel.user(), fd, 18_114_390L + fd, null, null));
                fd++;
            }
        }
        return sockets;
    }

    /** lsof's name for a port: the device's /etc/services knows https; a proxy port like 3128 shows as a number. */
    private static String serviceName(int port) {
        return port == 443 ? "https" : Integer.toString(port);
    }

    /**
     * Whether the connector is attached to EventHandler's socket: both must run; as the lab says until either is
     * started again; after that, once the connector started after EventHandler (it attaches when it starts) and
     * its websocket to the eventing host is up (it has somewhere to send the events then).
     */
    private boolean eventHandlerAttached() {
        if (!state.isRunning("SSEConnector") || !state.isRunning("EventHandler")) {
            return false;
        }
        List<DeviceState.DaemonRestart> connectorStarts = state.restartsOf("SSEConnector");
        List<DeviceState.DaemonRestart> handlerStarts = state.restartsOf("EventHandler");
        if (connectorStarts.isEmpty() && handlerStarts.isEmpty()) {
            return state.lab().connector().eventHandlerAttached();
        }
        boolean startedAfterHandler = !connectorStarts.isEmpty() && (handlerStarts.isEmpty()
                || !connectorStarts.get(connectorStarts.size() - 1).at().isBefore(handlerStarts.get(handlerStarts.size() - 1).at()));
        return startedAfterHandler && connector.websocket().filter(ws -> ws.tcpState().equals("ESTABLISHED")).isPresent();
    }

    List<UnixSocket> unixSockets() {
        List<UnixSocket> sockets = new ArrayList<>();
        labProcess("EventHandler").ifPresent(eh -> {
            sockets.add(UnixSocket.listening(382_276L, eh.pid(), eh.command(), eh.user(), DeviceFiles.EVENT_HANDLER_SOCKET));
            // the connected end exists only once the connector attached to EventHandler
            if (eventHandlerAttached()) {
                sockets.add(UnixSocket.connected(378_537L, eh.pid(), eh.command(), eh.user(), DeviceFiles.EVENT_HANDLER_SOCKET));
            }
        });
        return sockets;
    }
}
