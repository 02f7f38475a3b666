package io.fpsh.ftd;

import java.util.List;

/**
 * What the device's {@code /etc/resolv.conf} says, as written: every {@code nameserver} in order (glibc reads only the
 * first 3, but the file is reported whole), the search list (the last {@code search} or {@code domain} line wins, as
 * in glibc) and the {@code options} words ({@code timeout:1}, {@code attempts:2}, {@code rotate}...).
 */
public record ResolvConfFile(List<String> nameservers, List<String> searchDomains, List<String> options) {
    public ResolvConfFile {
        nameservers = List.copyOf(nameservers);
        searchDomains = List.copyOf(searchDomains);
        options = List.copyOf(options);
    }
}
