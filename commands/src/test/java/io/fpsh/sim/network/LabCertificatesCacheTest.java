package io.fpsh.sim.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.lab.LabFile;
import io.fpsh.net.server.CertificateSpec;
import io.fpsh.net.server.HttpRoute;
import io.fpsh.net.server.HttpServerSpec;
import io.fpsh.net.server.LabHttpsServer;
import io.fpsh.net.server.LabPki;
import io.fpsh.net.server.TlsSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk copy of a lab PKI: written owner-only, restored exactly, regenerated whenever it cannot be trusted. */
class LabCertificatesCacheTest {
    private static final List<CertificateSpec> SPECS = LabCertificates.specs(DefaultLab.lab());

    @TempDir
    Path home;

    private PkiDiskCache cache() {
        return new PkiDiskCache(home.resolve("cache/pki"));
    }

    private static void assertSamePki(LabPki expected, LabPki actual) throws Exception {
        assertEquals(expected.ids(), actual.ids());
        for (String id : expected.ids()) {
            assertArrayEquals(expected.certificate(id).getEncoded(), actual.certificate(id).getEncoded(), id);
            assertArrayEquals(expected.privateKey(id).getEncoded(), actual.privateKey(id).getEncoded(), id);
        }
        assertEquals(expected.caBundlePem(), actual.caBundlePem());
        assertEquals(expected.hashedDirectory(), actual.hashedDirectory());
    }

    @Test
    void theSecondLoadRestoresTheFirstFromAnOwnerOnlyFile() throws Exception {
        LabPki generated = cache().load(SPECS);
        Path file = cache().fileFor(SPECS);
        assertTrue(Files.isRegularFile(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(List.of(file), Files.list(file.getParent()).toList(), "no temporary file left behind");

        LabPki restored = cache().load(SPECS);
        assertSamePki(generated, restored);
    }

    @Test
    void aRestoredPkiServesTls() throws Exception {
        cache().load(SPECS);
        LabPki restored = cache().load(SPECS);
        TlsSettings tls = new TlsSettings(restored.serverContext("api-sse.cisco.com", true), List.of("TLSv1.2"),
                List.of("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), false, List.of());
        HttpRoute ok = HttpRoute.text("GET", "/", 200, "OK", "text/plain", "up");
        try (LabHttpsServer server = LabHttpsServer.start(HttpServerSpec.https(tls, List.of(ok), null), DefaultLab::start)) {
            LabClient.Exchange exchange = LabClient.get(server.endpoint(), "api-sse.cisco.com", "/", restored, DefaultLab.start());
            assertEquals("HTTP/1.1 200 OK", exchange.statusLine());
            assertEquals(restored.certificate("api-sse.cisco.com"), exchange.session().getPeerCertificates()[0]);
        }
    }

    @Test
    void anyChangeToThePkiFieldsReadsAnotherFile() {
        LabFile lab = DefaultLab.lab();
        LabFile.Pki pki = lab.network().pki();
        LabFile renamedRoot = LabFiles.withPki(lab, new LabFile.Pki(
                new LabFile.Ca(pki.root().subject().replace("Root CA", "Root CA 2"), pki.root().validFromDays(), pki.root().validDays()),
                pki.intermediate()));
        LabFile longerIntermediate = LabFiles.withPki(lab, new LabFile.Pki(pki.root(),
                new LabFile.Ca(pki.intermediate().subject(), pki.intermediate().validFromDays(), pki.intermediate().validDays() + 1)));
        LabFile laterLeaf = LabFiles.withLeafValidity(lab, lab.clock().start(), lab.network().endpoints().get(0).validFrom(),
                lab.network().endpoints().get(0).validTo().plusSeconds(1), true);
        String original = PkiDiskCache.key(SPECS);
        for (LabFile changed : List.of(renamedRoot, longerIntermediate, laterLeaf)) {
            assertNotEquals(original, PkiDiskCache.key(LabCertificates.specs(changed)));
        }
        assertEquals(original, PkiDiskCache.key(LabCertificates.specs(lab)), "the same fields, the same key");
        assertTrue(original.matches("[0-9a-f]{64}"), original);
    }

    @Test
    void eachLabObjectsSpecsAreWorkedOutOnceAndNeverServeAnotherLab() {
        LabFile lab = DefaultLab.lab();
        List<CertificateSpec> first = LabCertificates.specs(lab);
        assertTrue(first == LabCertificates.specs(lab), "the same lab object: the specs worked out before");
        // more labs than are remembered, each with a root of its own, asked in turn: each gets its own specs
        List<LabFile> labs = new java.util.ArrayList<>();
        for (int n = 0; n < 12; n++) {
            LabFile.Pki pki = lab.network().pki();
            labs.add(LabFiles.withPki(lab, new LabFile.Pki(new LabFile.Ca(pki.root().subject().replace("Root CA", "Root CA " + n),
                    pki.root().validFromDays(), pki.root().validDays()), pki.intermediate())));
        }
        for (int round = 0; round < 2; round++) {
            for (int n = 0; n < labs.size(); n++) {
                assertTrue(LabCertificates.specs(labs.get(n)).get(0).subject().toString().endsWith("Root CA " + n),
                        () -> LabCertificates.specs(labs.get(0)).get(0).subject().toString());
            }
        }
        assertEquals(first, LabCertificates.specs(lab), "an equal list for a lab forgotten in between");
    }

    @Test
    void aDamagedFileIsReplacedSilently() throws Exception {
        LabPki first = cache().load(SPECS);
        Path file = cache().fileFor(SPECS);
        String good = Files.readString(file);
        for (String damaged : List.of("", "garbage\n", good.substring(0, good.length() / 2), good.replace("MII", "MIJ"),
                good.replaceFirst("(?s)leaf-key\n.*", ""))) {
            Files.writeString(file, damaged);
            LabPki regenerated = cache().load(SPECS);
            assertNotEquals(first.certificate(LabCertificates.ROOT), regenerated.certificate(LabCertificates.ROOT),
                    "a new PKI when the file was damaged");
            assertSamePki(regenerated, cache().load(SPECS)); // and the replacement is good
            first = regenerated;
        }
    }

    @Test
    void aCopyOfAnotherPkiIsNotRestored() throws Exception {
        cache().load(SPECS);
        Path file = cache().fileFor(SPECS);
        LabPki other = LabPki.generate(SPECS); // same specs, other keys: a file pieced together from two PKIs
        String mixed = Files.readString(file).replaceFirst("(?s)leaf-key\n.*",
                "leaf-key\n" + PkiCacheFile.write(SPECS, other).replaceFirst("(?s).*leaf-key\n", ""));
        Files.writeString(file, mixed);
        LabPki loaded = cache().load(SPECS);
        X509Certificate leaf = loaded.certificate("api-sse.cisco.com");
        assertEquals(leaf.getPublicKey(), loaded.chain("api-sse.cisco.com").get(0).getPublicKey());
        assertNotEquals(Files.readString(file), mixed, "the mixed file was replaced");
    }

    @Test
    void aFileOthersCanWriteIsIgnored() throws Exception {
        LabPki first = cache().load(SPECS);
        Path file = cache().fileFor(SPECS);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        LabPki second = cache().load(SPECS);
        assertNotEquals(first.certificate(LabCertificates.ROOT), second.certificate(LabCertificates.ROOT));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anUnwritableDirectoryOnlyCostsTheCache() throws Exception {
        Path blocker = Files.writeString(home.resolve("cache"), "a file where the cache directory should be");
        LabPki pki = cache().load(SPECS);
        assertEquals(SPECS.size(), pki.ids().size());
        assertFalse(Files.isDirectory(blocker));
    }

    @Test
    void copiesUnusedForAMonthAreDeletedWhenANewOneIsWritten() throws Exception {
        Path directory = Files.createDirectories(home.resolve("cache/pki"));
        Path stale = Files.writeString(directory.resolve("0".repeat(64) + ".pem"), "old");
        Path recent = Files.writeString(directory.resolve("1".repeat(64) + ".pem"), "recent");
        Path notOurs = Files.writeString(directory.resolve("notes.txt"), "kept");
        FileTime longAgo = FileTime.from(Instant.now().minus(PkiDiskCache.UNUSED_FOR).minus(Duration.ofDays(1)));
        Files.setLastModifiedTime(stale, longAgo);
        Files.setLastModifiedTime(notOurs, longAgo);
        cache().load(SPECS);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(notOurs));

        Files.setLastModifiedTime(cache().fileFor(SPECS), longAgo);
        cache().load(SPECS); // restored: marked as used again
        assertTrue(Files.getLastModifiedTime(cache().fileFor(SPECS)).toInstant().isAfter(Instant.now().minus(Duration.ofDays(1))));
    }

    @Test
    void theCacheLivesUnderFpshHomeElseUnderTheUsersHome() {
        assertEquals(Path.of("/srv/fpsh/cache/pki"), PkiDiskCache.directoryFor("/srv/fpsh", "/home/ann"));
        assertEquals(Path.of("/home/ann/.fpsh/cache/pki"), PkiDiskCache.directoryFor(null, "/home/ann"));
        assertEquals(Path.of("/home/ann/.fpsh/cache/pki"), PkiDiskCache.directoryFor(" ", "/home/ann"));
    }
}
