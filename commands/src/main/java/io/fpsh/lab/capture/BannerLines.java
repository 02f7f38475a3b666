package io.fpsh.lab.capture;

/**
 * The lines of an FTD's login banner a lab writes ({@code device.osLine}, {@code productLine}, {@code
 * copyrightYears}): {@code Copyright 2004-2019, Cisco ...}, then the OS line ({@code Cisco Fire Linux OS v6.5.0 (build
 * 4)}, 7.x: the FX-OS one) and the product's ({@code Cisco Firepower Threat Defense for VMware v6.5.0 (build 115)}).
 * Null where the banner has none.
 */
record BannerLines(String osLine, String productLine, String copyrightYears) {
    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile(
            "^Cisco .+ v\\d[\\w.()-]* \\(build \\d+\\)$");
    private static final java.util.regex.Pattern COPYRIGHT = java.util.regex.Pattern.compile(
            "^Copyright (\\d{4}(?:-\\d{4})?), Cisco.*");

    static BannerLines of(String banner) {
        String os = null;
        String product = null;
        String years = null;
        for (String raw : (banner == null ? "" : banner).split("\r?\n")) {
            String line = raw.strip();
            java.util.regex.Matcher copyright = COPYRIGHT.matcher(line);
            if (copyright.matches()) {
                years = copyright.group(1);
            } else if (VERSIONED.matcher(line).matches()) {
                if (os == null && product == null && (line.contains(" OS ") || line.contains("Operating System"))) {
                    os = line;
                } else if (product == null) {
                    product = line;
                }
            }
        }
        return new BannerLines(os, product, years);
    }
}
