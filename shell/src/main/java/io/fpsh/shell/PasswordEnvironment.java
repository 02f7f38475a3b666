package io.fpsh.shell;

import io.fpsh.drive.Credentials;
import io.fpsh.ssh.PasswordPrompt;

import java.util.Optional;
import java.util.function.Function;

/**
 * {@code --password-env NAME}: the password in an environment variable, as {@code sshpass -e} takes it, for the
 * SSH login and the sudo / enable dialogs of an unattended run. Never from the command line, never written anywhere.
 * A minimal reading: {@code Credentials.fromEnvironment} (issue 9 §1) may replace it.
 */
final class PasswordEnvironment {
    private final String password;

    private PasswordEnvironment(String password) {
        this.password = password;
    }

    /** @param name null: no password given, every dialog goes unanswered */
    static PasswordEnvironment read(String name, Function<String, String> environment) throws FpshException {
        if (name == null) {
            return new PasswordEnvironment(null);
        }
        String value = environment.apply(name);
        if (value == null) {
            throw FpshException.usage("--password-env " + Printable.of(name) + ": the variable is not set");
        }
        return new PasswordEnvironment(value);
    }

    Credentials credentials() {
        return (user, question) -> Optional.ofNullable(password);
    }

    /** The SSH login's password; null (unattended: nothing asked) without one. A key's passphrase is not this. */
    PasswordPrompt login() {
        if (password == null) {
            return null;
        }
        return prompt -> prompt.startsWith("Enter passphrase") ? null : password.toCharArray();
    }
}
