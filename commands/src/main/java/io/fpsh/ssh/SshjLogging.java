package io.fpsh.ssh;

import net.schmizz.sshj.common.LoggerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.NOPLogger;

/**
 * SSHJ's own logging, silent by default: it logs refused host keys and lost connections at ERROR with stack traces,
 * while fpsh reports them itself in one line. {@code -Dfpsh.ssh.log=true} turns it back on for debugging.
 */
final class SshjLogging {
    static final LoggerFactory FACTORY = Boolean.getBoolean("fpsh.ssh.log") ? LoggerFactory.DEFAULT : new LoggerFactory() {
        @Override
        public Logger getLogger(String name) {
            return NOPLogger.NOP_LOGGER;
        }

        @Override
        public Logger getLogger(Class<?> clazz) {
            return NOPLogger.NOP_LOGGER;
        }
    };

    private SshjLogging() {}
}
