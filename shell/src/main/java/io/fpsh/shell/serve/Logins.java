package io.fpsh.shell.serve;

import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;

/** Who may log in: checks passwords and public keys. Implementations never log or keep what was typed. */
interface Logins extends PasswordAuthenticator, PublickeyAuthenticator {}
