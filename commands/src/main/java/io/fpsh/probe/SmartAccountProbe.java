package io.fpsh.probe;

import io.fpsh.world.SmartAccountInfo;
import io.fpsh.world.WorldPages;

import java.util.List;
import java.util.Map;

/** {@code :smart-account} on a lab: the Smart Account, the virtual account with the licences, the user's role. */
public final class SmartAccountProbe extends LabPageProbe<SmartAccountInfo> {
    @Override public String name() { return "smart-account"; }

    @Override public String summary() { return "lab only: the Smart Account, its virtual account's security licences, your role"; }

    @Override public Class<SmartAccountInfo> recordType() { return SmartAccountInfo.class; }

    @Override String standIn() { return ":smart-account"; }

    @Override String page() { return ""; }

    @Override
    public SmartAccountInfo parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        heading(output, WorldPages.SA_HEADING);
        Map<String, Integer> labels = labels(output.lines());
        String licences = value(output, labels, WorldPages.LICENCES, "holdsLicences");
        return new SmartAccountInfo(value(output, labels, WorldPages.SMART_ACCOUNT, "name"),
                value(output, labels, WorldPages.VIRTUAL_ACCOUNT, "virtualAccount"), licences.startsWith("held by "),
                value(output, labels, WorldPages.USER, "user"), value(output, labels, WorldPages.ROLE, "role"));
    }
}
