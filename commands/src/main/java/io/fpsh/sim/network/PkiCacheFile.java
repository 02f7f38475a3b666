package io.fpsh.sim.network;

import io.fpsh.net.server.CertificateSpec;
import io.fpsh.net.server.LabPki;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a cached lab PKI: PEM blocks, each after a line naming it ({@code certificate <id>},
 * {@code ca-key <id>}, {@code leaf-key}). Plain PEM rather than PKCS#12: restoring must be cheaper than generating,
 * and PKCS#12's per-entry password hashing costs tens of milliseconds for no protection the file mode doesn't give.
 * {@code openssl x509} and {@code openssl pkey} read the blocks as they are.
 */
final class PkiCacheFile {
    static final String MAGIC = "# fpsh lab PKI cache 1: certificates and private keys of a generated lab PKI";
    private static final String CERTIFICATE = "certificate ";
    private static final String CA_KEY = "ca-key ";
    private static final String LEAF_KEY = "leaf-key";

    private PkiCacheFile() {}

    static String write(List<CertificateSpec> specs, LabPki pki) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        String anyLeaf = null;
        for (CertificateSpec spec : specs) {
            out.append(CERTIFICATE).append(spec.id()).append('\n').append(LabPki.toPem(pki.certificate(spec.id())));
            if (spec.ca()) {
                out.append(CA_KEY).append(spec.id()).append('\n').append(pem("PRIVATE KEY", pki.privateKey(spec.id()).getEncoded()));
            } else {
                anyLeaf = spec.id();
            }
        }
        if (anyLeaf != null) {
            out.append(LEAF_KEY).append('\n').append(pem("PRIVATE KEY", pki.privateKey(anyLeaf).getEncoded()));
        }
        return out.toString();
    }

    /** The PKI stored in {@code text}; IllegalArgumentException when it is not a complete, matching copy for specs. */
    static LabPki read(List<CertificateSpec> specs, String text) {
        if (!text.startsWith(MAGIC + "\n")) {
            throw new IllegalArgumentException("not a lab PKI cache file");
        }
        Map<String, byte[]> blocks = blocksByLabel(text);
        try {
            Map<String, X509Certificate> certificates = new LinkedHashMap<>();
            Map<String, PrivateKey> caKeys = new HashMap<>();
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            for (Map.Entry<String, byte[]> block : blocks.entrySet()) {
                if (block.getKey().startsWith(CERTIFICATE)) {
                    certificates.put(block.getKey().substring(CERTIFICATE.length()),
                            (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(block.getValue())));
                }
            }
            PrivateKey leafKey = null;
            for (CertificateSpec spec : specs) {
                X509Certificate certificate = certificates.get(spec.id());
                if (certificate == null) {
                    throw new IllegalArgumentException("no certificate '" + spec.id() + "' in the cache file");
                }
                String algorithm = certificate.getPublicKey().getAlgorithm();
                if (spec.ca() && blocks.containsKey(CA_KEY + spec.id())) {
                    caKeys.put(spec.id(), privateKey(algorithm, blocks.get(CA_KEY + spec.id())));
                } else if (!spec.ca() && leafKey == null && blocks.containsKey(LEAF_KEY)) {
                    leafKey = privateKey(algorithm, blocks.get(LEAF_KEY));
                }
            }
            return LabPki.restore(specs, certificates, caKeys, leafKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("unreadable cache file: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(String algorithm, byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    // Each PEM block's bytes under the label line before it; a label written twice is a damaged file.
    private static Map<String, byte[]> blocksByLabel(String text) {
        Map<String, byte[]> blocks = new LinkedHashMap<>();
        String label = null;
        StringBuilder base64 = null;
        for (String line : text.lines().toList()) {
            if (line.startsWith("-----BEGIN ")) {
                base64 = new StringBuilder();
            } else if (line.startsWith("-----END ")) {
                if (label == null || base64 == null || blocks.put(label, Base64.getMimeDecoder().decode(base64.toString())) != null) {
                    throw new IllegalArgumentException("misplaced PEM block in the cache file");
                }
                label = null;
                base64 = null;
            } else if (base64 != null) {
                base64.append(line);
            } else if (!line.startsWith("#") && !line.isBlank()) {
                label = line.strip();
            }
        }
        return blocks;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
