package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.CredentialsException;
import io.fpsh.ssh.PasswordPrompt;
import io.fpsh.ssh.UnknownHostKeys;

/**
 * Opens the target of a command line that asks nothing ({@code fpsh probe}, {@code fpsh run}): a lab or
 * {@code local} through the opener, an {@code ssh://} target with keys, the agent and {@code --password-env} only,
 * an unknown host key refused. A target spec that makes no sense is a usage error; a connection that fails is
 * {@link Unreachable}, a state not read rather than a mistake.
 */
final class UnattendedTarget {
    private UnattendedTarget() {}

    /**
     * {@code --password-env NAME}: the login user's password, as {@code sshpass -e} takes it, for the SSH login and
     * sudo (not LINA's enable); none without the option. An unset or empty variable is a usage error.
     */
    static Credentials environmentPassword(String name) throws FpshException {
        if (name == null) {
            return Credentials.none();
        }
        try {
            return Credentials.fromEnvironment(name);
        } catch (CredentialsException e) {
            throw FpshException.usage(e.getMessage().replaceAll("\\p{Cntrl}", "?")); // the name as typed, on one line
        }
    }

    /**
     * Opens {@code spec}; an {@code ssh://} one is connected now, unguarded (the caller guards what may change it).
     *
     * @param passwordEnv null: no password login at all, keys and the agent only
     */
    static Device open(String spec, String passwordEnv, Credentials environment, SshConnect ssh, DeviceOpener opener)
            throws FpshException, Unreachable {
        if (spec.startsWith("ssh://")) {
            String address = spec.substring("ssh://".length()).replaceFirst("/$", "");
            try {
                PasswordPrompt password = passwordEnv == null ? null : login(environment);
                return ssh.open(address, UnknownHostKeys.REFUSE, password);
            } catch (FpshException e) {
                if (e.exitStatus() == FpshException.USAGE) {
                    throw e;
                }
                throw new Unreachable(e.getMessage());
            }
        }
        try {
            return opener.open(spec);
        } catch (TargetException e) {
            throw FpshException.usage(e.getMessage());
        }
    }

    /**
     * The SSH login's password from {@code environment} (SshConnector asks {@code USER@HOST's password: }); a key's
     * passphrase is not it.
     */
    private static PasswordPrompt login(Credentials environment) {
        return prompt -> {
            if (prompt.startsWith("Enter passphrase")) {
                return null;
            }
            int at = prompt.lastIndexOf('@');
            return environment.password(at > 0 ? prompt.substring(0, at) : "", prompt).map(String::toCharArray)
                    .orElse(null);
        };
    }

    /** The connection failed: a state not read, not a usage error. */
    static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }
}
