package io.fpsh.drive;

import java.util.Optional;

/**
 * Where a driver gets the passwords the mode changes ask for (sudo's, LINA's enable): from the lab, from the terminal
 * (asked once per session, echo off), or from an environment variable named with {@code --password-env}; never
 * from the command line or a file fpsh writes.
 */
@FunctionalInterface
public interface Credentials {

    /** The password to answer {@code question} with, asked while becoming {@code user}; empty when there is none. */
    Optional<String> password(String user, String question);

    /** No passwords: a move that asks for one is not available. */
    static Credentials none() {
        return (user, question) -> Optional.empty();
    }
}
