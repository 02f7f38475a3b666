package io.fpsh.shell.serve;

/**
 * A login name under {@code --fleet}: the account, then the device after a '%' or an '@' ({@code admin%ftd0042},
 * as {@code ssh admin%ftd0042@host} sends it, or {@code admin@ftd0042}, as {@code ssh -l admin@ftd0042 host} does).
 * The last separator counts; without one there is no device part.
 *
 * @param user   the account, checked against the users file or the lab's account
 * @param device the device asked for, or null when the name has no separator
 */
record FleetLogin(String user, String device) {

    static FleetLogin parse(String login) {
        int separator = Math.max(login.lastIndexOf('%'), login.lastIndexOf('@'));
        return separator < 0 ? new FleetLogin(login, null)
                : new FleetLogin(login.substring(0, separator), login.substring(separator + 1));
    }
}
