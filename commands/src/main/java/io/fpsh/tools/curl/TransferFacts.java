package io.fpsh.tools.curl;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What a transfer learned on the way, for its {@link CurlResult} and -w: the timings, the peer, TLS and status. */
final class TransferFacts {
    final long startNanos = System.nanoTime();
    long nameLookupNanos, connectNanos, appConnectNanos, startTransferNanos;
    int httpStatus, redirectsFollowed;
    String remoteIp, tlsProtocol, tlsCipher, certSubject, certIssuer;
    Integer remotePort;

    long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** -w's variables, as curl names them. */
    Map<String, String> writeOutVariables(int exit, String error, String url, TransferState state) {
        Map<String, String> v = new LinkedHashMap<>();
        long total = System.nanoTime() - startNanos;
        v.put("http_code", String.format(Locale.ROOT, "%03d", httpStatus));
        v.put("response_code", String.format(Locale.ROOT, "%03d", httpStatus));
        v.put("remote_ip", remoteIp == null ? "" : remoteIp);
        v.put("remote_port", remotePort == null ? "" : remotePort.toString());
        v.put("time_total", seconds(total));
        v.put("time_namelookup", seconds(nameLookupNanos == 0 ? 0 : nameLookupNanos - startNanos));
        v.put("time_connect", seconds(connectNanos == 0 ? 0 : connectNanos - startNanos));
        v.put("time_appconnect", seconds(appConnectNanos == 0 ? 0 : appConnectNanos - startNanos));
        v.put("time_starttransfer", seconds(startTransferNanos == 0 ? 0 : startTransferNanos - startNanos));
        v.put("size_download", Long.toString(state.bytesReceived));
        v.put("url_effective", url == null ? "" : url);
        v.put("num_redirects", Integer.toString(redirectsFollowed));
        v.put("ssl_verify_result", state.verdictProblem == null ? "0" : Integer.toString(state.verdictProblem.code));
        v.put("exitcode", Integer.toString(exit));
        v.put("errormsg", error == null ? "" : error);
        v.put("http_version", httpStatus == 0 ? "0" : "1.1");
        return v;
    }

    CurlResult result(int exit, String error, String url, TransferState state, CurlDialect dialect) {
        CurlResult.Timings timings = new CurlResult.Timings(since(nameLookupNanos), since(connectNanos),
                since(appConnectNanos), since(startTransferNanos), Duration.ofNanos(System.nanoTime() - startNanos));
        return new CurlResult(exit, error, httpStatus, remoteIp, remotePort, url, timings,
                tlsProtocol, tlsCipher, certSubject, certIssuer,
                state.verdictProblem == null ? (state.tlsDone ? "ok" : null) : state.verdictProblem.text(dialect), state.bytesReceived);
    }

    private Duration since(long nanos) {
        return nanos == 0 ? Duration.ZERO : Duration.ofNanos(nanos - startNanos);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
