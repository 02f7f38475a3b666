package io.fpsh.sim.expert;

import java.util.List;

/** The simulated device's open sockets, read afresh by every netstat/lsof. */
public interface SocketTable {

    List<InetSocket> inet();

    List<UnixSocket> unix();
}
