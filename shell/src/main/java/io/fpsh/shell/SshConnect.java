package io.fpsh.shell;

import io.fpsh.device.TargetException;
import io.fpsh.ssh.PasswordPrompt;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.SshTargets;
import io.fpsh.ssh.UnknownHostKeys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Connects {@code fpsh connect} and {@code :connect}: OpenSSH's defaults from {@link SshTargets}, with the keys
 * given by {@code -i} tried before the usual ones and another known_hosts file when one is given.
 */
record SshConnect(List<Path> keyFiles, Path knownHosts) {

    /** ssh's status when the connection itself fails (unknown host key, login refused, no route). */
    static final int CONNECTION_FAILED = 255;

    static SshConnect defaults() {
        return new SshConnect(List.of(), null);
    }

    /** A changed host key comes as OpenSSH's whole warning: its "Host key for ... has changed" line says it all. */
    private static String oneLine(String message) {
        List<String> lines = message.lines().toList();
        return lines.stream().filter(line -> line.startsWith("Host key for ")).findFirst()
                .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    }

    SshFtd open(String address, UnknownHostKeys hostKeys, PasswordPrompt password) throws FpshException {
        String spec = SshAddress.toSpec(address);
        try {
            SshOptions options = SshTargets.options(spec, password);
            List<Path> keys = new ArrayList<>(keyFiles);
            options.keyFiles().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
            options = options.withKeyFiles(keys).withUnknownHostKeys(hostKeys);
            if (knownHosts != null) {
                options = new SshOptions(options.host(), options.port(), options.user(), options.keyFiles(),
                        options.password(), knownHosts, options.unknownHostKeys(), options.connectTimeout(),
                        options.socketTimeout(), options.keepAlive(), options.commandDeadline());
            }
            return SshFtd.connect(options);
        } catch (TargetException e) {
            throw new FpshException(oneLine(e.getMessage()), CONNECTION_FAILED);
        }
    }
}
