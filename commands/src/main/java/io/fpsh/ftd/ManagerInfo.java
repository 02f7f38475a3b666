package io.fpsh.ftd;

/**
 * One manager of {@code show managers}. 6.x prints {@code type}, {@code host} and {@code registration}; 7.x adds the
 * other fields, which are null when not printed. An FDM-managed device ("Managed locally.") has one manager,
 * {@link #managedLocally()}.
 */
public record ManagerInfo(
        String type, String host, String displayName, String version, String identifier, String registration,
        String managementType) {

    private static final String LOCAL = "Local";

    /** A 6.x-style FMC entry: what the lab files describe. */
    public static ManagerInfo manager(String host, String registration) {
        return new ManagerInfo("Manager", host, null, null, null, registration, null);
    }

    /** The device manages itself (FDM): no host, no registration. */
    public static ManagerInfo managedLocally() {
        return new ManagerInfo(LOCAL, null, null, null, null, null, null);
    }

    public boolean isLocal() {
        return LOCAL.equals(type) && host == null;
    }
}
