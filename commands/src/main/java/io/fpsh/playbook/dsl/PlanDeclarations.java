package io.fpsh.playbook.dsl;

import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookLoadException;
import io.fpsh.playbook.ScriptLocation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a user's script's top level (its declarations) on a thread of its own, within a budget: a loop or an
 * exception there is the file's load error, {@code FILE:LINE: what}, and never hangs fpsh before the first step.
 */
final class PlanDeclarations {
    private PlanDeclarations() {}

    static Plan run(PlaybookScript script, Path file, String fileName, Duration budget) {
        CompletableFuture<Plan> plan = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                plan.complete(script.plan());
            } catch (Throwable broke) {
                plan.completeExceptionally(loadError(broke, file, fileName));
            }
        }, "fpsh-declarations");
        thread.setDaemon(true);
        thread.start();
        try {
            return plan.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            int line = ScriptLocation.lineIn(thread.getStackTrace(), fileName);
            thread.interrupt();
            throw new PlaybookLoadException(at(file, line) + "its top level still ran after " + budget.toSeconds()
                    + " s (an endless loop? steps' work belongs in their bodies)");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof PlaybookLoadException load ? load
                    : new PlaybookLoadException(file + ": " + ScriptLocation.describe(e.getCause()));
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new PlaybookLoadException(file + ": interrupted while loading");
        }
    }

    /** Described on the script's thread: a playbook's own exception could be slow, or throw, giving its message. */
    private static PlaybookLoadException loadError(Throwable broke, Path file, String fileName) {
        String what = broke instanceof PlaybookLoadException load ? load.getMessage() : ScriptLocation.describe(broke);
        return new PlaybookLoadException(at(file, ScriptLocation.lineIn(broke, fileName)) + what);
    }

    private static String at(Path file, int line) {
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }
}
