import io.fpsh.playbook.Plan;
import io.fpsh.playbook.dsl.PlaybookLoader;

import java.nio.file.Path;

/**
 * One load of a playbook in a fresh JVM, for bench/playbooks: prints the milliseconds PlaybookLoader took (Groovy's
 * runtime starting included) and the plan's name. {@code FILE}: a user's file, compiled or read from the cache as the
 * caller's FPSH_HOME has it (empty: cold compile; used once before: cached load); {@code --shipped NAME}: a playbook
 * compiled at build time, the reference a cached load is measured against. Asserts nothing.
 */
public class PlaybooksBench {
    public static void main(String[] args) {
        long start = System.nanoTime();
        Plan plan = args[0].equals("--shipped") ? PlaybookLoader.shipped(args[1]) : PlaybookLoader.file(Path.of(args[0]));
        long micros = (System.nanoTime() - start) / 1000;
        System.out.println(micros / 1000 + " " + plan.name() + " " + plan.steps().size());
    }
}
