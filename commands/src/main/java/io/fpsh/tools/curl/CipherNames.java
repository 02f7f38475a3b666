package io.fpsh.tools.curl;

/** JSSE cipher suite names to the OpenSSL names curl prints ("SSL connection using TLSv1.2 / ECDHE-RSA-...") */
public final class CipherNames {

    private CipherNames() {}

    public static String openSsl(String jsse) {
        if (jsse == null) return "";
        // TLS 1.3 suites keep their IANA names in OpenSSL.
        if (jsse.startsWith("TLS_AES_") || jsse.startsWith("TLS_CHACHA20_")) return jsse;
        String s = jsse.replaceFirst("^(TLS|SSL)_", "");
        int with = s.indexOf("_WITH_");
        if (with < 0) return jsse;
        String kx = s.substring(0, with);
        String cipher = s.substring(with + 6);
        String keyExchange = switch (kx) {
            case "ECDHE_RSA" -> "ECDHE-RSA-";
            case "ECDHE_ECDSA" -> "ECDHE-ECDSA-";
            case "DHE_RSA" -> "DHE-RSA-";
            case "DHE_DSS" -> "DHE-DSS-";
            case "RSA" -> "";
            default -> kx.replace('_', '-') + "-";
        };
        String c = cipher
                .replace("AES_128_GCM_SHA256", "AES128-GCM-SHA256")
                .replace("AES_256_GCM_SHA384", "AES256-GCM-SHA384")
                .replace("AES_128_CBC_SHA256", "AES128-SHA256")
                .replace("AES_256_CBC_SHA384", "AES256-SHA384")
                .replace("AES_256_CBC_SHA256", "AES256-SHA256")
                .replace("AES_128_CBC_SHA", "AES128-SHA")
                .replace("AES_256_CBC_SHA", "AES256-SHA")
                .replace("CHACHA20_POLY1305_SHA256", "CHACHA20-POLY1305")
                .replace("3DES_EDE_CBC_SHA", "DES-CBC3-SHA");
        return keyExchange + c;
    }
}
