package io.fpsh.playbook.report;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the terminal's locale can show Unicode, decided as a C program's setlocale(LC_CTYPE, "") does: the first
 * of LC_ALL, LC_CTYPE, LANG that is set and not empty names the locale, and its codeset (after the '.', before any
 * '@') must be UTF-8. Unset, "C" and "POSIX" are ASCII, as they are for ncurses and less.
 */
public final class LocaleCharset {
    private LocaleCharset() {}

    /** True when the locale {@code environment} names is a UTF-8 one. */
    public static boolean unicode(Map<String, String> environment) {
        String locale = effectiveLocale(environment);
        int dot = locale.indexOf('.');
        if (dot < 0) {
            return false;
        }
        int modifier = locale.indexOf('@', dot);
        String codeset = locale.substring(dot + 1, modifier < 0 ? locale.length() : modifier).toLowerCase(Locale.ROOT);
        return codeset.equals("utf-8") || codeset.equals("utf8");
    }

    /** This process's terminal, from its environment. */
    public static boolean unicode() {
        return unicode(System.getenv());
    }

    private static String effectiveLocale(Map<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "C";
    }
}
