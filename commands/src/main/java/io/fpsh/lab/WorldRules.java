package io.fpsh.lab;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a lab's world parts must hold ({@link LabFile.Fmc}, {@link LabFile.Sse}, {@link LabFile.SmartAccount}):
 * regions the guide names, event types the FMC's page offers, a role software.cisco.com gives. Problems go through
 * {@link LabValidator}'s one-line errors (file, line, field).
 */
final class WorldRules {
    /** The guide's regions; APJC is SSE's own name for APJ. */
    static final Set<String> REGIONS = Set.of("US", "EU", "APJ", "APJC");
    /** The FMC's event selection (facts 3.4: intrusion, file and malware, high-priority connection events). */
    static final List<String> EVENT_TYPES = List.of("intrusion", "file-malware", "connection");
    /**
     * The roles of a Smart Account's user (the guide: "Virtual Account Administrator"; facts 3.5: only Virtual
     * Account and Smart Account administrators may link the account to SSE). [UNVERIFIED: the user roles' exact
     * list in software.cisco.com]
     */
    static final List<String> ROLES = List.of("Smart Account Administrator", "Smart Account User",
            "Virtual Account Administrator", "Virtual Account User");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final TeachingRules.Failure report;

    WorldRules(TeachingRules.Failure report) {
        this.report = report;
    }

    void validate(LabFile lab) throws LabException {
        if (lab.fmc() != null) {
            region(lab.fmc().region(), "fmc.region");
            if (lab.fmc().eventTypes() != null) {
                Set<String> seen = new HashSet<>();
                for (String type : lab.fmc().eventTypes()) {
                    if (type == null || !EVENT_TYPES.contains(type)) {
                        fail("fmc.eventTypes", "each is one of " + EVENT_TYPES + " (got '" + type + "')");
                    }
                    if (!seen.add(type)) {
                        fail("fmc.eventTypes", "names '" + type + "' twice");
                    }
                }
            }
        }
        if (lab.sse() != null) {
            region(lab.sse().region(), "sse.region");
        }
        LabFile.SmartAccount account = lab.smartAccount();
        if (account != null) {
            name(account.name(), "smartAccount.name");
            name(account.virtualAccount(), "smartAccount.virtualAccount");
            name(account.user(), "smartAccount.user");
            if (account.role() != null && !ROLES.contains(account.role())) {
                fail("smartAccount.role", "must be one of " + ROLES + " (got '" + account.role() + "')");
            }
        }
    }

    private void region(String value, String field) throws LabException {
        if (value != null && !REGIONS.contains(value.toUpperCase(Locale.ROOT))) {
            fail(field, "must be US, EU or APJ (got '" + value + "')");
        }
    }

    private void name(String value, String field) throws LabException {
        if (value != null && !ACCOUNT.matcher(value).matches()) {
            fail(field, "letters, digits, '.', '_', '@' or '-', up to 64 (got '" + value + "')");
        }
    }

    private void fail(String field, String problem) throws LabException {
        report.fail(field, field, problem);
    }
}
