package io.fpsh.shell;

import io.fpsh.shell.FpshProcess.Result;
import io.fpsh.sim.FastLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh lab list} with the healthy lab, and a lab file's plants and site checked when fpsh opens it. */
class LabPlantsCliTest {
    @TempDir
    Path folder;

    @Test
    void labListShowsTheHealthyLabOneLabALineNameFirstNoHeader() {
        Result run = FpshProcess.inProcess("lab", "list");
        assertEquals(0, run.exitStatus(), run.err());
        List<String> names = run.out().lines().map(line -> line.split(" ", 2)[0]).toList();
        assertEquals("ftd01-dns", names.get(0), "no header: the first line is a lab");
        assertTrue(run.out().lines().anyMatch(line -> line.matches("ftd01-healthy +FTD 6\\.5 with nothing wrong.*")), run.out());
        for (String name : names) {
            // ftd01-..., and the devices of issue 11 (fpr2110-healthy, ftd72-cdfmc-healthy...)
            assertTrue(name.matches("(ftd|fpr)[0-9]+-[a-z0-9-]+"), "a lab's name first on each line: " + name);
        }
    }

    @Test
    void theHealthyLabOpensWithItsWorkingDnsServer() {
        Result run = FpshProcess.inProcess("--lab", "ftd01-healthy", "-c", "show network");
        assertEquals(0, run.exitStatus(), run.err());
        assertTrue(run.out().contains("DNS Servers               : 192.0.2.11\n"), run.out());
    }

    /** Wrong plants or site: one line with the file, the line and the field, exit 2; the proxy's password never. */
    @Test
    void aLabWithBadPlantsOrSiteIsOneLineNamingTheField() throws Exception {
        String yaml = FastLab.completeText("ftd01-proxy");
        String[][] cases = {
                {"plants: PROXY-NOT-CONFIGURED", "plants: {id: X}", ": field 'plants'"},
                {"plants: PROXY-NOT-CONFIGURED", "plants: proxy-not-configured", "field 'plants': a finding id is upper-case"},
                {"site:\n  site-dns: 192.0.2.11\n  site-proxy: \"http://proxyuser:Pr0xy2020@192.0.2.50:3128\"\n", "site: [192.0.2.11]\n", "site"},
                {"http://proxyuser:Pr0xy2020@192.0.2.50:3128", "proxyuser:Pr0xy2020@192.0.2.50", "field 'site.site-proxy': not a proxy URL"},
        };
        for (String[] change : cases) {
            assertTrue(yaml.contains(change[0]), change[0]);
            Path file = folder.resolve("bad.yaml");
            Files.writeString(file, yaml.replace(change[0], change[1]));
            Result run = FpshProcess.inProcess("--lab", file.toString(), "-c", "show version");
            assertEquals(2, run.exitStatus(), change[1] + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("fpsh: " + file + ":"), run.err());
            assertTrue(run.err().contains(change[2]), change[1] + ": " + run.err());
            assertFalse(run.err().contains("Pr0xy2020"), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("io.fpsh"), run.err());
        }
    }
}
