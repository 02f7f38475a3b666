package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The guide's DNS walk-through piped into {@code fpsh --lab FILE} (the default lab, resolver waits shortened,
 * clock pinned), compared line by line with the approved transcripts in src/test/resources/golden.
 * Set {@code -Dfpsh.golden.update=true} to rewrite them after a deliberate change, then review the diff.
 */
@ExtraJvm
class GoldenTranscriptTest {

    @Test
    void dnsBroken() throws Exception {
        check("dns-broken");
    }

    @Test
    void dnsFixed() throws Exception {
        check("dns-fixed");
    }

    private static void check(String name) throws Exception {
        Path home = FpshProcess.tempHome();
        Path lab = FastLab.write(home, "ftd01-dns");
        FpshProcess.Result result = FpshProcess.runOnLab(home, resource(name + ".in"), "--lab", lab.toString());
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
        if (Boolean.getBoolean("fpsh.golden.update")) {
            Files.writeString(Path.of("src/test/resources/golden", name + ".out"), result.out());
        }
        assertEquals(resource(name + ".out"), result.out());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenTranscriptTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
