package io.fpsh.playbook;

import java.util.List;

/**
 * A user's playbook file compiled: its classes' bytecode (the script, its closures, any class it declares) and
 * which of them is the script. Plain bytes, so the cache can keep it without knowing Groovy.
 */
public record CompiledPlaybook(String scriptClass, List<ClassBytes> classes) {

    public CompiledPlaybook {
        classes = List.copyOf(classes);
    }

    public record ClassBytes(String name, byte[] bytes) {}
}
