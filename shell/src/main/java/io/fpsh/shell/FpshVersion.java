package io.fpsh.shell;

import picocli.CommandLine.IVersionProvider;

/** {@code fpsh --version}: the version in the jar's manifest, when fpsh runs from a built jar. */
public final class FpshVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = FpshVersion.class.getPackage().getImplementationVersion();
        return new String[] {"fpsh " + (version == null ? "(development build)" : version)};
    }
}
