package io.fpsh.device;

import java.util.Optional;

/**
 * A target that knows its accounts' passwords (a lab device: they are in its lab file), so a program driving it can
 * answer sudo's and LINA's questions without asking anyone.
 */
public interface AccountPasswords {
    /** The name {@link #passwordOf} takes for LINA's enable password (diagnostic-cli's {@code enable}). */
    String LINA_ENABLE = "enable";

    /** The password of {@code user} (or of {@link #LINA_ENABLE}); empty when there is no such account. */
    Optional<String> passwordOf(String user);
}
