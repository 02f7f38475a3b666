package io.fpsh.tools.curl;

import okhttp3.Protocol;
import okhttp3.Response;

/** A response's status line as curl shows it (-v's "< " and -i): version, code and reason when there is one. */
final class StatusLine {
    private StatusLine() {}

    static String of(Response response) {
        String version = response.protocol() == Protocol.HTTP_1_0 ? "HTTP/1.0" : "HTTP/1.1";
        return version + " " + response.code() + (response.message().isEmpty() ? "" : " " + response.message());
    }
}
