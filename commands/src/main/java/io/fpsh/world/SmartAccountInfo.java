package io.fpsh.world;

/**
 * The Smart Account as software.cisco.com shows it to the engineer: its name, the virtual account holding the
 * device's licences and whether it holds the security licences, the engineer's user and role.
 */
public record SmartAccountInfo(String name, String virtualAccount, boolean holdsLicences, String user, String role) {

    /** Only these roles may link the Smart Account to SSE (the guide's "Licences", facts 3.5). */
    public boolean mayLink() {
        return role.equals("Smart Account Administrator") || role.equals("Virtual Account Administrator");
    }
}
