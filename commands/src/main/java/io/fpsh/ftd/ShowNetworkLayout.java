package io.fpsh.ftd;

import java.util.Arrays;
import java.util.List;

/**
 * The forms of {@code show network} and what each one prints. The rule a lab follows: the layout its
 * {@code device.showNetworkLayout} names, else its {@code device.version}'s ({@link #of}): before 7.0 the guide's,
 * 7.0 to 7.3 {@code 7.2}, 7.4 and later {@code 7.4}. A lab names one to show another sample's form of its version
 * (the B2 br1 sample, the FPR2100 6.2.3 sample).
 * <ul>
 * <li>{@code guide-6.5}: the guide's eth0 layout, with its {@code Link} line and an unindented {@code Gateway};
 * <li>{@code 6.x}: br1/management0 as in the B2 sample, {@code Gateway} indented by 2, and the space the device
 *     leaves after the {@code Mode} and {@code MDI/MDIX} values;
 * <li>{@code 6.2-fpr}: the FPR2100 6.2.3 sample, {@code Gateway} indented by 1 and no blank lines between blocks;
 * <li>{@code 7.2}: [UNVERIFIED] no 7.0–7.3 sample is sourced; the facts say the new fields came with 7.4 (facts 1.6,
 *     §5.5), so 7.2 prints the 6.x fields (no {@code Link}) without B2's stray spaces;
 * <li>{@code 7.4}: [SRC B1] {@code DNS from router}, admin state, speeds and link, no broadcast, the gateway repeated
 *     in {@code [ IPv4 ]} once it is an address, every line padded to 52 columns and a padded blank line at the end.
 * </ul>
 */
public enum ShowNetworkLayout {
    GUIDE_65("guide-6.5", Family.V6),
    V6X("6.x", Family.V6),
    FPR_62("6.2-fpr", Family.V6),
    V72("7.2", Family.V70),
    V74("7.4", Family.V74);

    /** The versions that print alike. */
    public enum Family {
        V6("before 7.0"), V70("7.0 to 7.3"), V74("7.4 and later");

        private final String versions;

        Family(String versions) {
            this.versions = versions;
        }

        /** The family of a version such as {@code 7.4.1} or {@code 6.5.0}; what does not read as one is 6.x's. */
        public static Family of(String version) {
            String[] parts = version == null ? new String[0] : version.split("\\.");
            try {
                int major = parts.length > 0 ? Integer.parseInt(parts[0]) : 6;
                int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
                return major < 7 ? V6 : major == 7 && minor < 4 ? V70 : V74;
            } catch (NumberFormatException e) {
                return V6;
            }
        }

        public String versions() {
            return versions;
        }
    }

    private final String label;
    private final Family family;

    ShowNetworkLayout(String label, Family family) {
        this.label = label;
        this.family = family;
    }

    /** The names a lab's {@code device.showNetworkLayout} may take. */
    public static final List<String> LABELS = Arrays.stream(values()).map(ShowNetworkLayout::label).toList();

    /** The lab field's name, e.g. {@code 7.4}. */
    public String label() {
        return label;
    }

    public Family family() {
        return family;
    }

    /** The layout a lab field names; null names the guide's. */
    public static ShowNetworkLayout named(String label) {
        if (label == null) {
            return GUIDE_65;
        }
        for (ShowNetworkLayout layout : values()) {
            if (layout.label.equals(label)) {
                return layout;
            }
        }
        throw new IllegalArgumentException("unknown show network layout '" + label + "' (one of " + LABELS + ")");
    }

    /** The rule: the lab's own layout when it names one, else its version family's default. */
    public static ShowNetworkLayout of(String labLayout, String version) {
        if (labLayout != null) {
            return named(labLayout);
        }
        return switch (Family.of(version)) {
            case V6 -> GUIDE_65;
            case V70 -> V72;
            case V74 -> V74;
        };
    }

    /** Whether the interface block has a {@code Link} line. */
    public boolean printsLink() {
        return this == GUIDE_65 || this == V74;
    }

    /** 7.4's lines only: {@code DNS from router}, {@code Admin Speed}, {@code Operation Speed}. */
    public boolean printsAdminFields() {
        return this == V74;
    }

    /** Every layout but 7.4's prints the broadcast address under {@code [ IPv4 ]}. */
    public boolean printsBroadcast() {
        return this != V74;
    }

    /**
     * {@code info} as this layout shows it: the fields it does not print are null, so that the record equals what a
     * parser reads from the text (a lab's model answers with this).
     */
    public NetworkInfo shown(NetworkInfo info) {
        NetworkInfo.Interface nic = info.managementInterface();
        NetworkInfo.Interface shownNic = new NetworkInfo.Interface(nic.name(), nic.state(),
                printsLink() ? nic.link() : null, nic.channels(), nic.mode(), nic.mdix(), nic.mtu(), nic.mac(),
                nic.ipv4Configuration(), nic.address(), nic.netmask(), printsBroadcast() ? nic.broadcast() : null,
                nic.ipv6Configuration(),
                printsAdminFields() ? nic.adminSpeed() : null, printsAdminFields() ? nic.operationSpeed() : null);
        return new NetworkInfo(info.hostname(), info.domains(), info.dnsServers(), info.managementPort(),
                info.defaultGateway(), shownNic, info.proxy(), printsAdminFields() ? info.dnsFromRouter() : null);
    }
}
