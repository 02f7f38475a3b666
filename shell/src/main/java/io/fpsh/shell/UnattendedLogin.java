package io.fpsh.shell;

import io.fpsh.ssh.ChangePolicy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How {@code fpsh probe} and {@code fpsh run} log in to an {@code ssh://} target without asking anything (a picocli
 * mixin): the ssh client's options and {@code --password-env}. {@code fpsh connect} has the ssh options alone: it
 * asks for the password on the terminal.
 */
final class UnattendedLogin {

    // --password-env before the ssh options: the order of the committed completion scripts
    @Option(names = "--password-env", paramLabel = "NAME",
            description = "The environment variable holding the login user's password, for the SSH login and sudo "
                    + "(as sshpass -e); a lab answers with its own accounts.")
    String passwordEnv;

    @Mixin
    SshClientOptions ssh = new SshClientOptions();

    /** The variable's name; null: keys and the agent only. */
    String passwordEnv() {
        return passwordEnv;
    }

    /**
     * How to connect: unguarded, as both only read (a fix of {@code fpsh run} changes a real device only with
     * {@code --allow-changes}).
     */
    SshConnect connect() {
        return ssh.connect(ChangePolicy.ALLOW);
    }
}
