package io.fpsh.tools.curl;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * fpsh's curl. {@code run(argv, out, err)} performs one command line (the words after "curl") against the
 * simulated device of its {@link CurlEnvironment}: body on {@code out}, -v trace and errors on {@code err}.
 * Another thread may call {@link #cancel()} (Ctrl-C): the run then returns 130 at once and prints nothing more.
 * When stdout is not a terminal (or -o names a file) and there is no -s, curl's progress meter goes to {@code err}.
 */
public final class Curl {

    /** Exit status of a run aborted by {@link #cancel()} (128 + SIGINT, as the shell reports it). */
    public static final int CANCELLED = 130;

    private final CurlEnvironment env;
    private volatile Transfer running;
    private volatile CompletableFuture<CurlResult> pending;

    public Curl(CurlEnvironment env) {
        this.env = env;
    }

    /** Runs and returns curl's exit code. */
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        return execute(argv, out, err).exitCode();
    }

    /** Runs and returns the whole outcome as data. */
    public CurlResult execute(List<String> argv, PrintStream out, PrintStream err) {
        CurlOptions options;
        try {
            options = new CurlArgumentParser(env.dialect()).parse(argv);
        } catch (CurlUsageException e) {
            err.print(e.getMessage());
            err.flush();
            return refused(e.exitCode, e.getMessage());
        }
        if (options.help) {
            out.print(CurlHelp.text(env.dialect()));
            out.flush();
            return refused(0, null);
        }
        if (options.version) {
            out.print(env.dialect().versionText());
            out.flush();
            return refused(0, null);
        }
        if (options.urls.isEmpty()) {
            String text = "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n";
            err.print(text);
            err.flush();
            return refused(2, "no URL specified!");
        }
        // 7.44 words its glob errors differently and fpsh has no recording of them: only 7.88's are replayed
        Optional<String> globError = env.dialect().legacy() ? Optional.empty()
                : UrlGlobCheck.unclosedRange(options.urls.get(0));
        if (globError.isPresent()) {
            // the tool's own check, before libcurl: no -v trace, silenced by -s like any curl error
            if (options.showsErrors()) err.print("curl: (3) " + globError.get() + "\n");
            err.flush();
            return refused(3, globError.get());
        }
        GuardedOutput io = new GuardedOutput(out, err);
        Transfer transfer = new Transfer(env, options, io);
        CompletableFuture<CurlResult> outcome = new CompletableFuture<>();
        running = transfer;
        pending = outcome;
        // The transfer runs on its own thread so that Ctrl-C can return at once, whatever it is blocked in.
        Thread worker = new Thread(() -> {
            try {
                outcome.complete(transfer.run());
            } catch (Throwable t) {
                outcome.complete(refused(56, "Failure when receiving data from the peer"));
            }
        }, "fpsh-curl");
        worker.setDaemon(true);
        worker.start();
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            return refused(CANCELLED, null);
        } catch (ExecutionException e) {
            return refused(56, "Failure when receiving data from the peer");
        } finally {
            running = null;
            pending = null;
            if (worker.isAlive()) worker.interrupt();
        }
    }

    /** Ctrl-C: aborts the running transfer (if any); its run returns {@value #CANCELLED}. */
    public void cancel() {
        Transfer transfer = running;
        CompletableFuture<CurlResult> outcome = pending;
        if (transfer != null) transfer.abandon();
        if (outcome != null) outcome.complete(refused(CANCELLED, null));
    }

    private static CurlResult refused(int exit, String message) {
        return new CurlResult(exit, message, 0, null, null, null, null, null, null, null, null, null, 0);
    }
}
