package io.fpsh.ftd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShowVersionParserTest {

    @Test
    void reads61WithItsRulesUpdateVersionFromShowTechSupport() {
        assertEquals(new VersionInfo("BSNS-ASA5508-1", "Cisco ASA5508-X Threat Defense (75)", "6.1.0", 330,
                        "04f55302-a4d3-11e6-9626-880037a713f3", "2016-03-28-001-vrt", null, "270"),
                ShowVersionParser.parse(Fixtures.read("show-version-6.1.0-asa5508.txt")));
    }

    @Test
    void reads65Ftdv() {
        assertEquals(new VersionInfo("fdm65", "Cisco Firepower Threat Defense for VMWare (75)", "6.5.0", 115,
                        "9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8", "2019-08-12-001-vrt", null, "309"),
                ShowVersionParser.parse(Fixtures.read("show-version-6.5.0-ftdv.txt")));
    }

    @Test
    void reads68WhoseHostnameIsAPlaceholder() {
        assertEquals(new VersionInfo("%N", "Cisco Firepower 2110 Threat Defense (77)", "6.8.0", 1751,
                        "f3e41ab6-1f45-11eb-a882-908013e15134", "2020-08-18-001-vrt", null, "338"),
                ShowVersionParser.parse(Fixtures.read("show-version-6.8.0-fpr2110.txt")));
    }

    @Test
    void reads708FromDiagnosticCliIgnoringTheLinaTail() {
        assertEquals(new VersionInfo("firepower", "Cisco ASA5516-X Threat Defense (75)", "7.0.8", 174,
                        "204173a0-82ca-11f0-84a9-f2dbe0d05857", null, "lsp-rel-20210503-2107", "338"),
                ShowVersionParser.parse(Fixtures.read("show-version-7.0.8-asa5516-lina.txt")));
    }

    @Test
    void reads76WithoutUuidOrFooter() {
        assertEquals(new VersionInfo("<hostname>", "Cisco Secure Firewall 1210CE Threat Defense (86)", "7.6.0", 113,
                        null, null, "lsp-rel-YYYYMMDD-nnnn", "392"),
                ShowVersionParser.parse(Fixtures.read("show-version-7.6.0-fw1210ce.txt")));
    }

    @Test
    void reads100WithTheLinaTailAfterABlankLine() {
        assertEquals(new VersionInfo("FPR1150.hacksbrain.com", "Cisco Firepower 1150 Threat Defense (78)", "10.0.0", 140,
                        "9b8eb11a-e932-11ec-96ae-xxxxxxxx", null, "lsp-rel-20260430-1252", "422"),
                ShowVersionParser.parse(Fixtures.read("show-version-10.0.0-fpr1150.txt").replace("\n", "\r\n")));
    }

    /** The samples whose header is centred as the device centres it: the renderer gives back their version block. */
    @ParameterizedTest
    @ValueSource(strings = {"show-version-6.1.0-asa5508.txt", "show-version-6.5.0-ftdv.txt",
            "show-version-7.0.8-asa5516-lina.txt", "show-version-10.0.0-fpr1150.txt"})
    void rendererReproducesTheVersionBlockByteForByte(String fixture) {
        String sample = Fixtures.read(fixture);
        String footer = "-".repeat(52) + "\n";
        String fromHeader = sample.substring(sample.indexOf("-----"));
        String block = fromHeader.substring(0, fromHeader.indexOf(footer) + footer.length());
        assertEquals(block, ShowVersionRenderer.render(ShowVersionParser.parse(sample)));
    }

    @Test
    void renderedThenParsedIsTheSameRecord() {
        for (VersionInfo info : new VersionInfo[] {
                new VersionInfo("ftd01", "Cisco Firepower Threat Defense for VMWare (75)", "6.5.0", 115, "9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8",
                        "2019-08-12-001-vrt", null, "309"),
                new VersionInfo("fw74", "Cisco Secure Firewall Threat Defense for KVM (75)", "7.4.2", 172, null, null,
                        "lsp-rel-20240306-2015", "376")}) {
            assertEquals(info, ShowVersionParser.parse(ShowVersionRenderer.render(info)));
        }
    }

    @Test
    void otherTextIsRejectedNamingWhatIsMissing() {
        assertEquals("show version: no '---[ hostname ]---' header", assertThrows(FtdParseException.class,
                () -> ShowVersionParser.parse(Fixtures.read("show-managers-6.x.txt"))).getMessage());
        assertEquals("show version: no 'Model' line under a '---[ hostname ]---' header", assertThrows(FtdParseException.class,
                () -> ShowVersionParser.parse(Fixtures.read("show-network-6.x-br1.txt"))).getMessage());
        assertEquals("show version: 'Model' is not '<model> Version <version> (Build <n>)': 'Cisco ASA5508-X Threat Defense (75)'",
                assertThrows(FtdParseException.class, () -> ShowVersionParser.parse(Fixtures.read("show-version-6.1.0-asa5508.txt")
                        .replace(" Version 6.1.0 (Build 330)", ""))).getMessage());
        assertEquals("show version: no 'VDB version' line under '[ fdm65 ]'", assertThrows(FtdParseException.class,
                () -> ShowVersionParser.parse(Fixtures.read("show-version-6.5.0-ftdv.txt").replace("VDB version", "VDB"))).getMessage());
    }
}
