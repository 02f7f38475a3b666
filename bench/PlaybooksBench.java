import io.fpsh.playbook.Plan;
import io.fpsh.playbook.dsl.PlaybookLoader;

import java.nio.file.Path;

/**
 * One load of a user's playbook file in a fresh JVM, for bench/playbooks: prints the milliseconds
 * PlaybookLoader.file took (Groovy's classes loading included) and the plan's name. Whether it compiled or read the
 * cache is up to the caller's FPSH_HOME (empty: cold compile; used once before: cached load). Asserts nothing.
 */
public class PlaybooksBench {
    public static void main(String[] args) {
        long start = System.nanoTime();
        Plan plan = PlaybookLoader.file(Path.of(args[0]));
        long micros = (System.nanoTime() - start) / 1000;
        System.out.println(micros / 1000 + " " + plan.name() + " " + plan.steps().size());
    }
}
