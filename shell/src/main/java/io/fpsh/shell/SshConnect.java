package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.ssh.ChangeGuard;
import io.fpsh.ssh.ChangePolicy;
import io.fpsh.ssh.PasswordPrompt;
import io.fpsh.ssh.SshCommandLine;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.SshTargets;
import io.fpsh.ssh.UnknownHostKeys;

import java.nio.file.Path;
import java.util.List;

/**
 * Connects {@code fpsh connect} and {@code :connect} as ssh would: the keys given by {@code -i}, another
 * known_hosts file and another config file ({@code -F}) when given, then the ssh config file and OpenSSH's
 * defaults ({@link SshTargets}).
 *
 * @param configFile null: {@code ~/.ssh/config}
 * @param changes    what {@code :connect}'s device does with commands that change it
 * @param jump       {@code -J [user@]host[:port]}; null: the config's ProxyJump, if any
 */
record SshConnect(List<Path> keyFiles, Path knownHosts, Path configFile, ChangePolicy changes, String jump) {

    /** ssh's status when the connection itself fails (unknown host key, login refused, no route). */
    static final int CONNECTION_FAILED = 255;

    /** Without -J: the config's ProxyJump, if any. */
    SshConnect(List<Path> keyFiles, Path knownHosts, Path configFile, ChangePolicy changes) {
        this(keyFiles, knownHosts, configFile, changes, null);
    }

    static SshConnect defaults() {
        return new SshConnect(List.of(), null, null, ChangePolicy.ASK, null);
    }

    SshConnect withChanges(ChangePolicy policy) {
        return new SshConnect(keyFiles, knownHosts, configFile, policy, jump);
    }

    /** A changed host key comes as OpenSSH's whole warning: its "Host key for ... has changed" line says it all. */
    private static String oneLine(String message) {
        List<String> lines = message.lines().toList();
        return lines.stream().filter(line -> line.startsWith("Host key for ")).findFirst()
                .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    }

    /** {@link #open}, behind the check of commands that change the device: for {@code :connect}. */
    Device openGuarded(String address, UnknownHostKeys hostKeys, PasswordPrompt password) throws FpshException {
        return ChangeGuard.guard(open(address, hostKeys, password), changes);
    }

    /** @param password null: unattended, nothing asked (no password, encrypted key files skipped) */
    SshFtd open(String address, UnknownHostKeys hostKeys, PasswordPrompt password) throws FpshException {
        SshCommandLine typed = SshTargets.destination(address.strip()).orElseThrow(
                () -> FpshException.usage("'" + Printable.of(address) + "': expected [user@]host[:port]"));
        try {
            SshCommandLine given = new SshCommandLine(typed.user(), typed.host(), typed.port(), keyFiles, knownHosts,
                    configFile);
            SshOptions options = SshTargets.options(given, password, SshTargets.localUser(), jump);
            return SshFtd.connect(options.withUnknownHostKeys(hostKeys));
        } catch (TargetException e) {
            throw new FpshException(oneLine(e.getMessage()), CONNECTION_FAILED);
        }
    }
}
