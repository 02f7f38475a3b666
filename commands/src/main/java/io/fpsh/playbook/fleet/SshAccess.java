package io.fpsh.playbook.fleet;

import java.nio.file.Path;

/**
 * How a host's SSH login is made, by reference only: an inventory never holds a password.
 *
 * @param keyFile     a private key file ({@code key-file}); null: ssh's usual ones
 * @param sshAgent    offer the keys of the ssh-agent at SSH_AUTH_SOCK ({@code ssh-agent}, default true)
 * @param passwordEnv the environment variable holding the login (and sudo) password ({@code password-env}); null: none
 * @param askPassword ask the password once, at the start of the run, for every host that says so
 * @param knownHosts  the known_hosts file ({@code known-hosts}); null: ~/.ssh/known_hosts. Unknown keys are refused.
 */
public record SshAccess(Path keyFile, boolean sshAgent, String passwordEnv, boolean askPassword, Path knownHosts) {}
