package io.fpsh.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A lab's version decides its forms: show network's layout family (before 7.0, 7.0 to 7.3, 7.4 and later) and show
 * version's rules line (6.x's rules update version, 7.x's LSP version). A lab saying otherwise is one line naming
 * the field.
 */
class LabVersionFormsTest {
    @TempDir
    Path dir;

    private String error(String lab, String original, String replacement) throws Exception {
        return BrokenLab.errorWith(dir, lab, original, replacement).replaceFirst("^:\\d+: ", "");
    }

    @Test
    void a74LabRefusesA6xLayout() throws Exception {
        assertEquals("field 'device.showNetworkLayout': '6.x' is not a layout of version 7.4.1 (7.4 and later: 7.4)",
                error("ftd74-healthy", "showNetworkLayout: \"7.4\"", "showNetworkLayout: \"6.x\""));
    }

    @Test
    void a72LabRefusesThe74Layout() throws Exception {
        assertEquals("field 'device.showNetworkLayout': '7.4' is not a layout of version 7.2.5 (7.0 to 7.3: 7.2)",
                error("ftd72-healthy", "showNetworkLayout: \"7.2\"", "showNetworkLayout: \"7.4\""));
    }

    @Test
    void a65LabRefusesA7xLayout() throws Exception {
        assertEquals("field 'device.showNetworkLayout': '7.4' is not a layout of version 6.5.0 "
                        + "(before 7.0: guide-6.5, 6.x, 6.2-fpr)",
                error("ftd01-dns", "showNetworkLayout: guide-6.5", "showNetworkLayout: \"7.4\""));
    }

    @Test
    void a7xLabHasAnLspVersionAndNoRulesUpdateVersion() throws Exception {
        assertEquals("field 'device.rulesUpdateVersion': version 7.4.1 prints an LSP version instead: give lspVersion",
                error("ftd74-healthy", "rulesUpdateVersion: ~", "rulesUpdateVersion: 2023-10-11-001-vrt"));
    }

    @Test
    void a6xLabHasNoLspVersion() throws Exception {
        assertEquals("field 'device.lspVersion': version 6.5.0 prints a rules update version instead: give rulesUpdateVersion",
                error("ftd01-dns", "vdbVersion:", "lspVersion: lsp-rel-20231011-1536\n  vdbVersion:"));
    }
}
