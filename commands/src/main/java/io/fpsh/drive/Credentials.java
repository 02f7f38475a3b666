package io.fpsh.drive;

import io.fpsh.device.AccountPasswords;
import io.fpsh.device.Device;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a driver gets the passwords the mode changes ask for (sudo's, LINA's enable): from the lab, from the terminal
 * (asked once per session, echo off), or from an environment variable named with {@code --password-env}; never
 * from the command line or a file fpsh writes. No implementation may print, log or put a password in a message.
 */
@FunctionalInterface
public interface Credentials {

    /**
     * The password to answer {@code question} with, for {@code user} (the account sudo asks about, or
     * {@link AccountPasswords#LINA_ENABLE}); empty when there is none.
     */
    Optional<String> password(String user, String question);

    /** Told when the device refused the password given for {@code user}: a remembered one is forgotten. */
    default void rejected(String user) {
    }

    /** These credentials, then {@code other} for what these do not know. */
    default Credentials or(Credentials other) {
        Credentials first = this;
        return new Credentials() {
            @Override
            public Optional<String> password(String user, String question) {
                Optional<String> known = first.password(user, question);
                return known.isPresent() ? known : other.password(user, question);
            }

            @Override
            public void rejected(String user) {
                first.rejected(user);
                other.rejected(user);
            }
        };
    }

    /** No passwords: a move that asks for one is not available. */
    static Credentials none() {
        return (user, question) -> Optional.empty();
    }

    /** The passwords the target itself knows (a lab device's accounts); none for a target that knows none. */
    static Credentials fromDevice(Device device) {
        if (device instanceof AccountPasswords accounts) {
            return (user, question) -> accounts.passwordOf(user);
        }
        return none();
    }

    /**
     * The login user's password from the environment variable {@code name}, as {@code sshpass -e} reads SSHPASS, for
     * programs that run unattended ({@code --password-env NAME}). It answers sudo's question, not LINA's enable
     * (an FTD's enable password is empty unless someone set one). An unset or empty variable is an error now, not
     * at the first sudo.
     */
    static Credentials fromEnvironment(String name) throws CredentialsException {
        return fromEnvironment(name, System.getenv());
    }

    /** As {@link #fromEnvironment(String)}, reading {@code environment}. */
    static Credentials fromEnvironment(String name, Map<String, String> environment) throws CredentialsException {
        if (name == null || name.isBlank()) {
            throw new CredentialsException("--password-env needs the name of an environment variable");
        }
        String value = environment.get(name);
        if (value == null) {
            throw new CredentialsException("--password-env " + name + " given but the environment variable " + name
                    + " is not set");
        }
        if (value.isEmpty()) {
            throw new CredentialsException("--password-env " + name + " given but the environment variable " + name
                    + " is empty");
        }
        return (user, question) -> user.equals(AccountPasswords.LINA_ENABLE) ? Optional.empty() : Optional.of(value);
    }

    /**
     * Asks the person at the terminal through {@code ask} (which reads with echo off and returns null when nothing
     * was typed: end of input, Ctrl-C) the first time a user's password is needed, and remembers the answer for as
     * long as these credentials live (one session); a password the device refused is asked again next time.
     */
    static Credentials fromTerminal(Function<String, String> ask) {
        return new TerminalCredentials(ask);
    }
}
