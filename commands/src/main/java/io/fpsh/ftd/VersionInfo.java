package io.fpsh.ftd;

/** What {@code show version} reports. {@code rulesUpdateVersion} (6.x) or {@code lspVersion} (7.x) is null when absent. */
public record VersionInfo(
        String hostname, String model, String version, int build, String uuid,
        String rulesUpdateVersion, String lspVersion, String vdbVersion) {}
