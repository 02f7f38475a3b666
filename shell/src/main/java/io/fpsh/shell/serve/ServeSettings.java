package io.fpsh.shell.serve;

import java.nio.file.Path;

/**
 * What {@code fpsh serve} was asked for.
 *
 * @param labSpec   the lab, as {@code Targets.open} takes it ({@code lab:NAME|FILE})
 * @param bind      the address to listen on
 * @param port      the port; 0 picks a free one (tests)
 * @param usersFile the accounts file, or null to accept the lab's own account (loopback only)
 * @param shared    true: one device for all sessions; false: every session gets its own copy of the lab
 * @param home      fpsh's home folder; the host key is kept in its {@code serve/} folder
 */
public record ServeSettings(String labSpec, String bind, int port, Path usersFile, boolean shared, Path home) {}
