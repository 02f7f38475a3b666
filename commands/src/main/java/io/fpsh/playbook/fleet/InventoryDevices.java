package io.fpsh.playbook.fleet;

import io.fpsh.device.AccountPasswords;
import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.drive.Credentials;
import io.fpsh.ssh.SshCommandLine;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.SshTargets;
import io.fpsh.target.Targets;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens an inventory's hosts: a {@code lab:} address as a lab of its own (its accounts answer sudo), an SSH host with
 * ssh's files and precedence ({@code ~/.ssh/config}, the agent, the key file) and the password its {@code password-env}
 * names, or the one asked at the start. Unattended: an unknown host key is refused, as BatchMode does.
 */
public final class InventoryDevices implements DeviceOpener {
    private static final Duration MOST_CONNECT = Duration.ofSeconds(10);

    private final Map<String, String> environment;
    private final String askedPassword;
    private final Duration commandTimeout;

    /**
     * @param askedPassword the password asked once at the start for hosts with {@code ask-password}; null if none
     */
    public InventoryDevices(Map<String, String> environment, String askedPassword, Duration commandTimeout) {
        this.environment = Map.copyOf(environment);
        this.askedPassword = askedPassword;
        this.commandTimeout = commandTimeout;
    }

    /**
     * Checks before anything runs that every password-env the hosts name is set: one line for the first missing,
     * rather than a fleet of UNREACHABLE devices.
     */
    public static void checkEnvironment(List<InventoryHost> hosts, Map<String, String> environment)
            throws InventoryException {
        for (InventoryHost host : hosts) {
            String name = host.access().passwordEnv();
            if (!host.isLab() && name != null && (environment.get(name) == null || environment.get(name).isEmpty())) {
                throw new InventoryException("password-env " + name + " (host " + host.name() + ", line " + host.line()
                        + "): the environment variable " + name + " is not set");
            }
        }
    }

    @Override
    public OpenedDevice open(InventoryHost host) throws TargetException {
        if (host.isLab()) {
            Device lab = Targets.open(host.address());
            return new OpenedDevice(lab, Credentials.fromDevice(lab));
        }
        String password = password(host);
        SshAccess access = host.access();
        SshCommandLine given = new SshCommandLine(host.user(), host.address(), host.port(),
                access.keyFile() == null ? List.of() : List.of(access.keyFile()), access.knownHosts(), null);
        SshOptions options = SshTargets.options(given, prompt -> password == null ? null : password.toCharArray(),
                host.user());
        if (!access.sshAgent()) {
            options = options.withAgent(null);
        }
        Duration connect = options.connectTimeout().compareTo(MOST_CONNECT) < 0 ? options.connectTimeout() : MOST_CONNECT;
        options = options.withCommandDeadline(commandTimeout).withConnectTimeout(connect);
        SshFtd device = SshFtd.connect(options);
        return new OpenedDevice(device, sudo(password));
    }

    private String password(InventoryHost host) {
        SshAccess access = host.access();
        if (access.passwordEnv() != null) {
            String value = environment.get(access.passwordEnv());
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return access.askPassword() ? askedPassword : null;
    }

    /** sudo asks the login user's password; LINA's enable is empty on an FTD unless someone set one. */
    private static Credentials sudo(String password) {
        if (password == null) {
            return Credentials.none();
        }
        return (user, question) -> user.equals(AccountPasswords.LINA_ENABLE) ? Optional.empty() : Optional.of(password);
    }
}
