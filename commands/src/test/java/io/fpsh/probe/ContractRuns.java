package io.fpsh.probe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The contract's labs run side by side, their results handed to the tests one lab at a time: most of a lab's time is
 * spent waiting (a dropped port or a silent server until curl's --max-time, a slow DNS server), and JUnit's own
 * parallel mode loses test reports under surefire, so the tests stay sequential and only the work runs in parallel.
 */
public final class ContractRuns<R> implements AutoCloseable {
    /** Enough to overlap the waits on two cores; the labs' own work (TLS handshakes, PKI) is CPU-bound. */
    private static final int LABS_AT_ONCE = 6;

    /** What one lab's run gives: work that cannot be read on that lab fails its test with its own exception. */
    @FunctionalInterface
    public interface LabWork<R> {
        R run(ContractLabs.Case lab) throws Exception;
    }

    private final ExecutorService pool;
    private final Map<ContractLabs.Case, Future<R>> runs = new LinkedHashMap<>();

    /** Starts {@code work} on every case, in order. */
    public ContractRuns(List<ContractLabs.Case> cases, LabWork<R> work) {
        this(cases, work, LABS_AT_ONCE);
    }

    /**
     * The same, {@code labsAtOnce} at a time: fewer where a lab's own work is heavier (over SSH each TLS handshake
     * shares the cores with the server's and client's ciphers too, and a handshake past curl's 15 s reads as 28).
     */
    public ContractRuns(List<ContractLabs.Case> cases, LabWork<R> work, int labsAtOnce) {
        pool = Executors.newFixedThreadPool(labsAtOnce, task -> {
            Thread thread = new Thread(task, "contract-lab");
            thread.setDaemon(true);
            return thread;
        });
        for (ContractLabs.Case lab : cases) {
            Callable<R> task = () -> work.run(lab);
            runs.put(lab, pool.submit(task));
        }
    }

    /** The result of {@code lab}'s run, once it is done; its failure rethrown as it was thrown. */
    public R result(ContractLabs.Case lab) throws Exception {
        try {
            return runs.get(lab).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
