package io.fpsh.tools.openssl;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** fpsh's {@code openssl}: the {@code s_client} command only; any other is OpenSSL 1.0.2's "invalid command". */
public final class OpenSsl {
    private final OpenSslEnvironment env;
    private volatile SClient running;

    public OpenSsl(OpenSslEnvironment env) {
        this.env = env;
    }

    public void cancel() {
        SClient client = running;
        if (client != null) {
            client.cancel();
        }
    }

    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.isEmpty()) {
            // [UNVERIFIED] the interactive "OpenSSL>" prompt is not simulated
            err.println("openssl: give a command, e.g. openssl s_client -connect HOST:443");
            return 1;
        }
        if (!args.get(0).equals("s_client")) {
            err.println("openssl:Error: '" + args.get(0) + "' is an invalid command.");
            return 1;
        }
        SClient client = new SClient(env);
        running = client;
        return client.run(args.subList(1, args.size()), in, out, err);
    }
}
