package io.fpsh.sim.expert;

/**
 * Threads with the stack a simulated command needs: java.util.regex recurses per repetition of a group, and a deep
 * stack lets grep -E '(a|b)+' run over a 100 KB line as GNU grep does (the memory is reserved, and only touched when
 * used). A pipeline's stages run on such threads; a thread made here runs a pipeline of one command itself
 * ({@link PipelineRunner}), so a session whose thread is one starts no thread per command.
 */
public final class DeepStackThreads {
    static final long STACK_BYTES = 128L * 1024 * 1024;

    private DeepStackThreads() {}

    /** A daemon thread (not started) with the deep stack, known to {@link #isCurrent()}. */
    public static Thread create(Runnable task, String name) {
        Thread thread = new Deep(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Whether the calling thread has the deep stack, so a command may run on it as it would on a stage's thread. */
    static boolean isCurrent() {
        return Thread.currentThread() instanceof Deep;
    }

    private static final class Deep extends Thread {
        Deep(Runnable task, String name) {
            super(null, task, name, STACK_BYTES);
        }
    }
}
