package io.fpsh.playbook.report;

import io.fpsh.playbook.FixCommand;
import io.fpsh.probe.SecretMask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which answers of a fix command are secrets, so a report shows the others and masks these. A fix holds its answers
 * in the order the line asks its questions, without the questions; the dialogs whose order is known say which are
 * passwords. The answers of any other line are all masked: a report cannot tell which of them is a secret.
 */
final class FixAnswers {
    /**
     * {@code configure network http-proxy} asks address, port, "Use Proxy Authentication? (y/n)", user, password,
     * password again (the simulated clish's ConfigureCommands and facts B10, as the paramiko scripts answer it).
     */
    private static final Map<String, Set<Integer>> SECRET_ANSWERS = Map.of(
            "configure network http-proxy", Set.of(4, 5));

    private FixAnswers() {}

    /** The answers as a report shows them: each secret one (or every one of an unknown dialog) as the mask. */
    static List<String> shown(FixCommand command) {
        Set<Integer> secret = SECRET_ANSWERS.get(normalised(command.line()));
        List<String> shown = new ArrayList<>(command.answers().size());
        for (int i = 0; i < command.answers().size(); i++) {
            shown.add(secret == null || secret.contains(i) ? SecretMask.MASK : command.answers().get(i));
        }
        return shown;
    }

    /** The answers a report must never show anywhere, not only in the fix itself. */
    static List<String> secrets(FixCommand command) {
        Set<Integer> secret = SECRET_ANSWERS.get(normalised(command.line()));
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < command.answers().size(); i++) {
            if (secret == null || secret.contains(i)) {
                secrets.add(command.answers().get(i));
            }
        }
        return secrets;
    }

    private static String normalised(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
