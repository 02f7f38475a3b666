package io.fpsh.tools.curl;

import java.util.ArrayList;
import java.util.List;

/** The parsed command line. Plain fields: the parser fills them, the transfer only reads them. */
public final class CurlOptions {
    public boolean verbose, insecure, silent, showError, failOnHttpError, includeHeaders, headOnly, followRedirects;
    public boolean help, version, ipv4Only, ipv6Only, tls13Only;
    public int maxRedirects = 50;
    /** Milliseconds; 0 means not set. */
    public long maxTimeMillis, connectTimeoutMillis;
    /** Bytes; negative means not set. */
    public long maxFileSize = -1;
    public String caFile, caPath, proxy, method, userAgent, outputFile, writeOut;
    /** -u user[:password] (Basic authentication). */
    public String user;
    public final List<String> headers = new ArrayList<>();
    public final List<String> data = new ArrayList<>();
    public final List<String> resolveEntries = new ArrayList<>();
    public final List<String> urls = new ArrayList<>();

    /** curl prints its "curl: (N) ..." line unless -s, and -S brings it back. */
    public boolean showsErrors() { return !silent || showError; }

    public boolean hasData() { return !data.isEmpty(); }
}
