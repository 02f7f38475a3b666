package io.fpsh.sim.expert;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A small FTD for tests: the files, processes and sockets of the SSE troubleshooting guide. */
final class TestExpertContext implements ExpertContext, ProcessTable, SocketTable {

    static final String CONNECTOR_LOG = "/ngfw/var/log/connector/connector.log";

    final MapFileSystem fs;
    final List<SimProcess> processes = new ArrayList<>();
    final List<PmtoolDaemon> daemons = new ArrayList<>();
    final List<InetSocket> inet = new ArrayList<>();
    final List<UnixSocket> unix = new ArrayList<>();
    final Map<String, ExternalCommand> external = new HashMap<>();
    volatile String dnsServer = "192.0.2.10";
    String user = "root";
    String cwd = "/root";
    boolean terminal;
    /** The pid of the running shell: a test changes it to stand for root's shell after sudo su -. */
    volatile int pid = 4242;
    /** Where the lab clock stands; a test moves it to make time pass. */
    volatile ZonedDateTime now = ZonedDateTime.of(2020, 4, 8, 1, 27, 55, 0, ZoneId.of("UTC"));
    final Supplier<ZonedDateTime> clock = () -> now;

    TestExpertContext() {
        fs = new MapFileSystem(clock);
        fs.mkdirs("/root").mkdirs("/home/admin").mkdirs("/ngfw/var/sf/run").mkdirs("/ngfw/var/common");
        fs.putText("/ngfw/etc/sf/connector.properties",
                "registration_interval=180\nconnector_port=8989\nconnector_fqdn=api-sse.cisco.com\n");
        fs.putGenerated("/etc/resolv.conf", () -> ("nameserver " + dnsServer + "\n").getBytes());
        fs.putText("/etc/hostname", "ftd01\n");
        fs.append(CONNECTOR_LOG, "time=\"2020-04-13T14:34:02.88472046-05:00\" level=info msg=\"[ftd01][main.go:55 main:main] starting\"\n");

        processes.add(new SimProcess(1, 0, "root", "init", "/sbin/init", "Ss", "?", "Apr07", 3, 0.0, 0.0, 19356, 1544));
        processes.add(SimProcess.daemon(1234, "root", "sshd", "/usr/sbin/sshd -D"));
        processes.add(SimProcess.daemon(7741, "root", "EventHandler", "/ngfw/usr/local/sf/bin/EventHandler"));
        processes.add(SimProcess.daemon(13277, "www", "connector", "/ngfw/usr/local/sf/bin/connector"));

        daemons.add(new PmtoolDaemon("EventHandler", PmtoolDaemon.Category.NORMAL, "Running", 7741,
                "/ngfw/usr/local/sf/bin/EventHandler", "/ngfw/var/sf/run/EventHandler.pid",
                "/ngfw/etc/sf/EventHandler.run", List.of("SFDataCorrelator", "Pruner")));
        daemons.add(new PmtoolDaemon("SSEConnector", PmtoolDaemon.Category.SYSTEM, "Running", 20697,
                "/ngfw/usr/local/sf/bin/connector", "/ngfw/var/sf/run/SSEConnector.pid",
                "/ngfw/etc/sf/SSEConnector.run", List.of()));
        daemons.add(new PmtoolDaemon("ngfwManager", PmtoolDaemon.Category.SYSTEM, "Running", 3456,
                "/ngfw/usr/local/sf/bin/ngfwManager", "/ngfw/var/sf/run/ngfwManager.pid",
                "/ngfw/etc/sf/ngfwManager.run", List.of("ASAConfig", "tomcat", "SSEConnector")));
        daemons.add(new PmtoolDaemon("sftunnel", PmtoolDaemon.Category.NORMAL, "Disabled", 0,
                "/ngfw/usr/local/sf/bin/sftunnel", "/ngfw/var/sf/run/sftunnel.pid",
                "/ngfw/etc/sf/sftunnel.run", List.of()));

        inet.add(InetSocket.tcpListen("0.0.0.0", 22, 1234, "sshd", "root", 3, 16789, "*:ssh"));
        inet.add(InetSocket.tcpListen("127.0.0.1", 8989, 13277, "connector", "www", 10, 26077573, "localhost:8989"));
        inet.add(InetSocket.tcpConnection("192.0.2.200", 56495, "35.172.147.246", 443, "ESTABLISHED", 13277,
                "connector", "www", 19, 26077679, "192.0.2.200:56495",
                "ec2-35-172-147-246.compute-1.amazonaws.com:https"));
        unix.add(UnixSocket.listening(382276, 7741, "EventHandler", "root",
                "/ngfw/var/sf/run/EventHandler_SSEConnector.sock"));
        unix.add(UnixSocket.connected(378537, 7741, "EventHandler", "root",
                "/ngfw/var/sf/run/EventHandler_SSEConnector.sock"));
        unix.add(new UnixSocket(3, false, "STREAM", "CONNECTED", 15001, 1234, "sshd", "root", ""));
    }

    TestExpertContext asAdmin() {
        user = "admin";
        cwd = "/home/admin";
        return this;
    }

    @Override public SimFileSystem fileSystem() { return fs; }
    @Override public String user() { return user; }
    @Override public String home() { return user.equals("root") ? "/root" : "/home/" + user; }
    @Override public String hostname() { return "ftd01"; }
    @Override public String workingDirectory() { return cwd; }
    @Override public void changeWorkingDirectory(String absolutePath) { cwd = absolutePath; }
    @Override public Supplier<ZonedDateTime> clock() { return clock; }
    @Override public ProcessTable processes() { return this; }
    @Override public SocketTable sockets() { return this; }
    @Override public Optional<ExternalCommand> externalCommand(String name) {
        return Optional.ofNullable(external.get(name));
    }
    @Override public boolean outputIsTerminal() { return terminal; }
    @Override public int shellPid() { return pid; }
    @Override public List<SimProcess> all() { return processes; }
    @Override public List<PmtoolDaemon> daemons() { return daemons; }
    @Override public List<InetSocket> inet() { return inet; }
    @Override public List<UnixSocket> unix() { return unix; }
}
