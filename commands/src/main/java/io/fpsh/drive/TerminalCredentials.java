package io.fpsh.drive;

import io.fpsh.device.AccountPasswords;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Passwords asked at the terminal once per session and kept in memory for that session only. */
final class TerminalCredentials implements Credentials {
    private final Function<String, String> ask;
    private final Map<String, String> remembered = new HashMap<>();

    TerminalCredentials(Function<String, String> ask) {
        this.ask = ask;
    }

    @Override
    public synchronized Optional<String> password(String user, String question) {
        String known = remembered.get(user);
        if (known != null) {
            return Optional.of(known);
        }
        // sudo's own wording for whose password it wants; LINA's enable has no user
        String typed = ask.apply(user.equals(AccountPasswords.LINA_ENABLE)
                ? "[fpsh] enable password (diagnostic-cli): " : "[fpsh] password for " + user + ": ");
        if (typed == null) {
            return Optional.empty();
        }
        remembered.put(user, typed);
        return Optional.of(typed);
    }

    @Override
    public synchronized void rejected(String user) {
        remembered.remove(user);
    }

    @Override
    public String toString() {
        return "passwords from the terminal";
    }
}
