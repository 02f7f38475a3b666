package io.fpsh.shell;

import io.fpsh.ssh.PasswordPrompt;
import io.fpsh.ssh.UnknownHostKeys;

import java.io.Console;
import java.util.Locale;

/**
 * What connecting asks the user, on the terminal: whether to trust an unknown host key (a/s/r) and the password,
 * read with echo off. Without a terminal nothing is asked: keys are refused and there is no password.
 */
final class ConsoleQuestions implements UnknownHostKeys, PasswordPrompt {
    private final Console console;

    private ConsoleQuestions(Console console) {
        this.console = console;
    }

    /** Questions on the process's terminal, or none when it has none. */
    static ConsoleQuestions onTerminal() {
        return new ConsoleQuestions(System.console());
    }

    @Override
    public Decision decide(String host, String keyType, String fingerprint) {
        if (console == null) {
            return Decision.REFUSE;
        }
        console.printf("The authenticity of host '%s' can't be established.%n", host);
        console.printf("%s key fingerprint is %s.%n", keyType, fingerprint);
        while (true) {
            String answer = console.readLine("Accept it? [a]ccept once, accept and [s]ave, [r]efuse: ");
            if (answer == null) {
                return Decision.REFUSE;
            }
            switch (answer.strip().toLowerCase(Locale.ROOT)) {
                case "a", "accept once":
                    return Decision.ACCEPT_ONCE;
                case "s", "accept and save", "save":
                    return Decision.ACCEPT_AND_SAVE;
                case "r", "refuse", "":
                    return Decision.REFUSE;
                default:
                    console.printf("Please type a, s or r.%n");
            }
        }
    }

    @Override
    public char[] password(String prompt) {
        return console == null ? null : console.readPassword("%s", prompt);
    }
}
