package io.fpsh.shell;

import io.fpsh.probe.SecretMask;
import org.jline.reader.impl.history.DefaultHistory;

import java.time.Instant;

/**
 * A history that never keeps a secret typed on a line: a proxy password in {@code :probe curl URL http://u:pw@proxy}
 * or {@code curl -x http://u:pw@proxy}, an Authorization header, curl's {@code -U user:pw}. The line is kept with the
 * secret as {@code ****}, in memory and in the file, as evidence keeps it.
 */
final class MaskingHistory extends DefaultHistory {

    @Override
    public void add(Instant time, String line) {
        super.add(time, SecretMask.mask(line));
    }
}
