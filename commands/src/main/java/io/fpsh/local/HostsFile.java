package io.fpsh.local;

import io.fpsh.net.dns.IpLiteral;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** /etc/hosts as glibc's "files" source reads it: every line naming the host, in file order. */
record HostsFile(String text) {

    /** The addresses of {@code host} (case-insensitive, a trailing dot ignored); empty when no line names it. */
    List<InetAddress> addresses(String host) {
        String wanted = withoutTrailingDot(host).toLowerCase(Locale.ROOT);
        List<InetAddress> found = new ArrayList<>();
        for (String rawLine : text.split("\r?\n")) {
            int hash = rawLine.indexOf('#');
            String[] words = (hash < 0 ? rawLine : rawLine.substring(0, hash)).trim().split("[ \t]+");
            if (words.length < 2) continue;
            Optional<InetAddress> address = IpLiteral.parse(words[0]);
            if (address.isEmpty()) continue;
            for (int i = 1; i < words.length; i++) {
                if (words[i].toLowerCase(Locale.ROOT).equals(wanted) && !found.contains(address.get())) {
                    found.add(address.get());
                    break;
                }
            }
        }
        return found;
    }

    private static String withoutTrailingDot(String host) {
        return host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
    }
}
