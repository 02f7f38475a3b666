package io.fpsh.net.dns;

import java.util.Locale;

/** dnsjava's complaints about a malformed message, in the words BIND's isc_result_totext() uses for them. */
final class BindParseErrors {

    private BindParseErrors() {}

    static String reason(Throwable parseFailure) {
        String text = String.valueOf(parseFailure.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("pointer") || text.contains("compression")) return "bad compression pointer";
        if (text.contains("end of input") || text.contains("truncated") || text.contains("short")) {
            return "unexpected end of input";
        }
        if (text.contains("label")) return "bad label type";
        return "FORMERR";
    }
}
