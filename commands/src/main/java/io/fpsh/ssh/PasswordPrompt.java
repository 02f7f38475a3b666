package io.fpsh.ssh;

/**
 * Asks the user for a secret with echo off: the login password when the server wants one, or the passphrase of an
 * encrypted key file ({@code Enter passphrase for key 'FILE': }). The returned array is blanked by the caller
 * right after use, so the secret is never kept; null means "none" (the login fails, the key is skipped).
 */
@FunctionalInterface
public interface PasswordPrompt {
    char[] password(String prompt);
}
