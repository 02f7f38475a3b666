package io.fpsh.ssh;

/**
 * What to do with a host key that known_hosts does not list. Unattended use refuses; an interactive front end may
 * show the fingerprint and let the user accept it once or for good (OpenSSH's "Are you sure ... (yes/no)?").
 */
@FunctionalInterface
public interface UnknownHostKeys {

    enum Decision { REFUSE, ACCEPT_ONCE, ACCEPT_AND_SAVE }

    /** @param host as OpenSSH writes it in known_hosts, e.g. {@code [127.0.0.1]:2222} */
    Decision decide(String host, String keyType, String fingerprint);

    /** Unattended use: an unknown key is never trusted (StrictHostKeyChecking=yes). */
    UnknownHostKeys REFUSE = (host, keyType, fingerprint) -> Decision.REFUSE;

    /** Trust on first use and remember the key (StrictHostKeyChecking=accept-new). */
    UnknownHostKeys ACCEPT_AND_SAVE = (host, keyType, fingerprint) -> Decision.ACCEPT_AND_SAVE;
}
