package io.fpsh.ssh;

/**
 * Asks the user for the login password when the server wants one. The returned array is blanked by the caller
 * right after use, so the password is never kept; null means "no password" (the login then fails).
 */
@FunctionalInterface
public interface PasswordPrompt {
    char[] password(String prompt);
}
