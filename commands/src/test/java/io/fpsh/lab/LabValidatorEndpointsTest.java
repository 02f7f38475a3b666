package io.fpsh.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks on network.endpoints and network.pki: each mistake is one line naming file, line and field. */
class LabValidatorEndpointsTest {
    @TempDir
    Path dir;

    private String defaultLab() throws IOException {
        return Files.readString(io.fpsh.sim.FastLab.shippedLab("ftd01-dns"));
    }

    /** The default lab with one text replaced (which must be there), loaded; the error without the file name. */
    private String errorWith(String original, String replacement) throws IOException {
        return BrokenLab.errorWith(dir, "ftd01-dns", original, replacement);
    }

    @Test
    void theDefaultLabPassesEveryEndpointCheck() throws Exception {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, defaultLab());
        assertEquals("ftd01-dns", new LabLoader().load(file).name());
    }

    @Test
    void headerLinesNeedAColon() throws Exception {
        assertEquals(":96: field 'network.endpoints.routes.headers': 'Connection keep-alive' is not a 'Name: value' header line",
                errorWith("\"Connection: keep-alive\"\n          body: '{", "\"Connection keep-alive\"\n          body: '{"));
    }

    @Test
    void headerNamesAreTokens() throws Exception {
        String message = errorWith("\"Pragma: no-cache\"", "\"Pragma Cache: no-cache\"");
        assertTrue(message.startsWith(":109: field 'network.endpoints.routes.headers': 'Pragma Cache: no-cache' has an invalid header name"),
                message);
        assertTrue(errorWith("\"Pragma: no-cache\"", "\"Pragma : no-cache\"")
                .startsWith(":109: field 'network.endpoints.routes.headers': 'Pragma : no-cache' has an invalid header name"));
        assertTrue(errorWith("\"Pragma: no-cache\"", "\": no-cache\"")
                .startsWith(":109: field 'network.endpoints.routes.headers': ': no-cache' has an invalid header name"));
    }

    @Test
    void headerValuesHaveNoLineBreaks() throws Exception {
        assertEquals(":109: field 'network.endpoints.routes.headers': 'Pragma: no-cache\\r\\nX-Injected: 1' has a control character in its value",
                errorWith("\"Pragma: no-cache\"", "\"Pragma: no-cache\\r\\nX-Injected: 1\""));
    }

    @Test
    void tlsVersionsAreTheJsseNames() throws Exception {
        assertEquals(":84: field 'network.endpoints.tlsVersions': 'TLS1.2' is not one of " + sortedVersions(),
                errorWith("tlsVersions: [TLSv1.2]", "tlsVersions: [TLS1.2]")
                        .replaceAll("\\[.*]", sortedVersions()));
    }

    private static String sortedVersions() {
        return "[TLSv1, TLSv1.1, TLSv1.2, TLSv1.3]";
    }

    @Test
    void cipherSuitesMustBeKnownToTheJvm() throws Exception {
        assertEquals(":85: field 'network.endpoints.cipherSuites': 'ECDHE-RSA-AES128-GCM-SHA256' is not a cipher suite this Java supports",
                errorWith("cipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]", "cipherSuites: [ECDHE-RSA-AES128-GCM-SHA256]"));
    }

    @Test
    void statusIsAnHttpStatus() throws Exception {
        assertEquals(":99: field 'network.endpoints.routes.status': must be an HTTP status 100..599 (got '4030')",
                errorWith("status: 403", "status: 4030"));
        assertEquals(":90: field 'network.endpoints.routes.status': must be an HTTP status 100..599 (got '99')",
                errorWith("status: 200", "status: 99"));
    }

    @Test
    void validityMustNotBeEmptyOrReversed() throws Exception {
        assertEquals(":83: field 'network.endpoints.validTo': must be after validFrom (got '2019-12-03T20:57:56Z')",
                errorWith("validTo: \"2021-12-03T21:07:00Z\"", "validTo: \"2019-12-03T20:57:56Z\""));
        assertEquals(":78: field 'network.pki.intermediate.validDays': must be at least 1 (got 'validDays: 0')",
                errorWith("validFromDays: -2500, validDays: 4000", "validFromDays: -2500, validDays: 0"));
    }

    @Test
    void subjectsMustBeDistinguishedNames() throws Exception {
        String message = errorWith("\"C=US, O=HydrantID (Avalanche Cloud Corporation), CN=HydrantID Root CA\"", "\"HydrantID Root CA\"");
        assertTrue(message.startsWith(":77: field 'network.pki.root.subject': 'HydrantID Root CA' "
                + "is not a distinguished name"), message);
        message = errorWith("L=San Jose, O=Cisco Systems, Inc., CN={host}", "L=San Jose, XYZ=Cisco, CN={host}");
        assertTrue(message.startsWith(":81: field 'network.endpoints.subject': 'C=US, ST=California, L=San Jose, XYZ=Cisco, CN={host}' "
                + "is not a distinguished name"), message);
        assertTrue(message.contains("XYZ"), message);
    }
}
