package io.fpsh.net.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.crypto.spec.PBEParameterSpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificates of one lab, generated once when the instance is built: root CAs, intermediates and server
 * leaves. CAs get EC P-256 keys (fast to generate) and sign with SHA256withECDSA; all leaves share one RSA 2048
 * key pair, so servers negotiate ECDHE-RSA suites as the real ones do while start-up pays for one RSA key only.
 */
public final class LabPki {

    /**
     * Bump whenever {@link #generate} issues differently (key types, extensions, serials): stored copies of a PKI
     * are keyed on it, so they are regenerated instead of restored with the old profile.
     */
    public static final int ISSUING_PROFILE = 1;

    private static final char[] KEYSTORE_PASSWORD = "lab".toCharArray();
    private static final String SERVER_ALIAS = "server";
    /*
     * The server key store never leaves memory, so its password protects nothing: one PBE iteration instead of the
     * JDK's 10,000 (PBKDF2 on storing and again on reading the key). The 10,000 took over a third of the CPU of
     * `fpsh run xdr-health --target lab:ftd01-healthy` (JFR), paid for each lab HTTPS server of each device.
     */
    private static final int IN_MEMORY_PBE_ITERATIONS = 1;
    private static final byte[] IN_MEMORY_PBE_SALT = new byte[20];

    private final Map<String, CertificateSpec> specs;
    private final Map<String, X509Certificate> certificates = new LinkedHashMap<>();
    private final Map<String, KeyPair> caKeys = new HashMap<>();
    private final KeyPair leafKeys;
    private final Duration generationTime;
    /** {@link #caBundlePem()}, written once: every device's connectorCA.pem reads it (and its curls load it). */
    private volatile String caBundlePem;

    private LabPki(List<CertificateSpec> specList) {
        long started = System.nanoTime();
        this.specs = indexById(specList);
        boolean anyLeaf = specList.stream().anyMatch(spec -> !spec.ca());
        this.leafKeys = anyLeaf ? newKeyPair("RSA") : null;
        for (CertificateSpec spec : specList) {
            issue(spec, new HashSet<>());
        }
        this.generationTime = Duration.ofNanos(System.nanoTime() - started);
    }

    private LabPki(Map<String, CertificateSpec> specs, Map<String, X509Certificate> certificates, Map<String, KeyPair> caKeys,
                   KeyPair leafKeys, Duration restoreTime) {
        this.specs = specs;
        this.certificates.putAll(certificates);
        this.caKeys.putAll(caKeys);
        this.leafKeys = leafKeys;
        this.generationTime = restoreTime;
    }

    /**
     * Rebuilds a PKI generated earlier from its certificates and private keys (one key per CA, one shared by all
     * leaves, as {@link #generate} makes them). Every certificate must be the one {@code specs} describe, signed by
     * its issuer, and every key must belong to its certificate; otherwise IllegalArgumentException, so a stale or
     * damaged copy is never used.
     */
    public static LabPki restore(List<CertificateSpec> specs, Map<String, X509Certificate> certificates,
                                 Map<String, PrivateKey> caPrivateKeys, PrivateKey leafPrivateKey) {
        long started = System.nanoTime();
        Map<String, CertificateSpec> byId = indexById(specs);
        if (!certificates.keySet().equals(byId.keySet())) {
            throw new IllegalArgumentException("stored certificates " + certificates.keySet() + " are not those of the specs " + byId.keySet());
        }
        Map<String, X509Certificate> ordered = new LinkedHashMap<>();
        for (CertificateSpec spec : specs) {
            addIssuersFirst(spec, byId, certificates, ordered);
        }
        Map<String, KeyPair> caKeys = new HashMap<>();
        KeyPair leafKeys = null;
        for (CertificateSpec spec : specs) {
            X509Certificate certificate = ordered.get(spec.id());
            X509Certificate issuer = spec.issuerId() == null ? certificate : ordered.get(spec.issuerId());
            StoredCertificateCheck.matches(spec, serial(spec), certificate, issuer);
            if (spec.ca()) {
                PrivateKey key = caPrivateKeys.get(spec.id());
                StoredCertificateCheck.keyBelongs(key, certificate, spec.id());
                caKeys.put(spec.id(), new KeyPair(certificate.getPublicKey(), key));
            } else if (leafKeys == null) {
                StoredCertificateCheck.keyBelongs(leafPrivateKey, certificate, spec.id());
                leafKeys = new KeyPair(certificate.getPublicKey(), leafPrivateKey);
            } else if (!leafKeys.getPublic().equals(certificate.getPublicKey())) {
                throw new IllegalArgumentException("leaf '" + spec.id() + "' does not share the leaves' key");
            }
        }
        return new LabPki(byId, ordered, caKeys, leafKeys, Duration.ofNanos(System.nanoTime() - started));
    }

    // The order generate() fills the map in: issuers before what they issue.
    private static void addIssuersFirst(CertificateSpec spec, Map<String, CertificateSpec> byId,
                                        Map<String, X509Certificate> from, Map<String, X509Certificate> to) {
        List<CertificateSpec> pending = new ArrayList<>();
        for (CertificateSpec current = spec; current != null && !to.containsKey(current.id());
             current = current.issuerId() == null ? null : byId.get(current.issuerId())) {
            if (pending.contains(current)) {
                throw new IllegalArgumentException("certificate issuer loop through '" + current.id() + "'");
            }
            pending.add(current);
        }
        for (int i = pending.size() - 1; i >= 0; i--) {
            to.put(pending.get(i).id(), from.get(pending.get(i).id()));
        }
    }

    /** Generates every certificate of {@code specs}; issuers may appear in any order but must be among the specs. */
    public static LabPki generate(List<CertificateSpec> specs) {
        return new LabPki(specs);
    }

    /** How long generating keys and certificates took (or checking them, for a {@linkplain #restore restored} PKI). */
    public Duration generationTime() {
        return generationTime;
    }

    /** The certificate with this id. */
    public X509Certificate certificate(String id) {
        X509Certificate certificate = certificates.get(id);
        if (certificate == null) {
            throw new IllegalArgumentException("no certificate '" + id + "' in this lab PKI; known: " + certificates.keySet());
        }
        return certificate;
    }

    /** The ids of all certificates, in spec order. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(certificates.keySet());
    }

    /** The private key of the certificate with this id (the shared RSA key for leaves). */
    public PrivateKey privateKey(String id) {
        certificate(id);
        return specs.get(id).ca() ? caKeys.get(id).getPrivate() : leafKeys.getPrivate();
    }

    /** The chain from this certificate up to and including its self-signed root. */
    public List<X509Certificate> chain(String id) {
        List<X509Certificate> chain = new ArrayList<>();
        for (String current = id; current != null; current = specs.get(current).issuerId()) {
            chain.add(certificate(current));
        }
        return chain;
    }

    /** The chain a server sends: the leaf and its intermediates, plus the root when {@code sendRoot}. */
    public List<X509Certificate> servedChain(String leafId, boolean sendRoot) {
        List<X509Certificate> chain = chain(leafId);
        if (!sendRoot && chain.size() > 1) {
            chain.remove(chain.size() - 1);
        }
        return chain;
    }

    /** The self-signed roots, the lab's trust anchors. */
    public List<X509Certificate> roots() {
        List<X509Certificate> roots = new ArrayList<>();
        specs.values().stream().filter(spec -> spec.issuerId() == null).forEach(spec -> roots.add(certificate(spec.id())));
        return roots;
    }

    /** All CA certificates, roots and intermediates. */
    public List<X509Certificate> caCertificates() {
        List<X509Certificate> cas = new ArrayList<>();
        specs.values().stream().filter(CertificateSpec::ca).forEach(spec -> cas.add(certificate(spec.id())));
        return cas;
    }

    /** A PEM bundle of the roots, what {@code curl --cacert} or a device CA file holds. */
    public String caBundlePem() {
        String pem = caBundlePem;
        if (pem == null) {
            pem = toPem(roots());
            caBundlePem = pem; // the same text whoever writes it first: the roots never change
        }
        return pem;
    }

    /**
     * The entries of an OpenSSL hashed CA directory ({@code c_rehash} output) for every CA certificate: file name
     * {@code <subject hash>.<n>} (n counts up on hash collisions) mapped to the certificate's PEM.
     */
    public Map<String, String> hashedDirectory() {
        Map<String, String> files = new LinkedHashMap<>();
        for (X509Certificate ca : caCertificates()) {
            String hash = OpenSslSubjectHash.of(ca);
            int n = 0;
            while (files.containsKey(hash + "." + n)) {
                n++;
            }
            files.put(hash + "." + n, toPem(ca));
        }
        return files;
    }

    /** A PKCS#12 key store holding the leaf key with its served chain under the alias "server" (password "lab"). */
    public KeyStore serverKeyStore(String leafId, boolean sendRoot) {
        if (specs.containsKey(leafId) && specs.get(leafId).ca()) {
            throw new IllegalArgumentException("'" + leafId + "' is a CA, not a server certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            List<X509Certificate> chain = servedChain(leafId, sendRoot);
            store.setEntry(SERVER_ALIAS, new KeyStore.PrivateKeyEntry(leafKeys.getPrivate(), chain.toArray(new Certificate[0])),
                    new KeyStore.PasswordProtection(KEYSTORE_PASSWORD, "PBEWithHmacSHA256AndAES_256",
                            new PBEParameterSpec(IN_MEMORY_PBE_SALT, IN_MEMORY_PBE_ITERATIONS)));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the key store for '" + leafId + "': " + e.getMessage(), e);
        }
    }

    /** A key store holding the lab roots as trusted entries. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            for (X509Certificate root : roots()) {
                store.setCertificateEntry("root-" + i++, root);
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the trust store: " + e.getMessage(), e);
        }
    }

    /** A trust manager that trusts exactly the lab roots (what OkHttp's sslSocketFactory wants beside the factory). */
    public X509TrustManager trustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore());
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("no X509TrustManager available");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust manager: " + e.getMessage(), e);
        }
    }

    /**
     * The TLS context of a server presenting this leaf. It trusts the lab roots, so a server that asks for a
     * client certificate names the lab CAs in its CertificateRequest.
     */
    public SSLContext serverContext(String leafId, boolean sendRoot) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(serverKeyStore(leafId, sendRoot), KEYSTORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), new TrustManager[] {trustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the TLS context for '" + leafId + "': " + e.getMessage(), e);
        }
    }

    /**
     * A trust manager that trusts the lab roots and checks validity at the lab clock's instant, not the wall
     * clock's: what the simulated device's own clients (curl emulation, connector) should use.
     */
    public X509TrustManager trustManager(Supplier<Instant> labClock) {
        if (labClock == null) {
            throw new IllegalArgumentException("the lab clock is required");
        }
        return new LabClockTrustManager(trustStore(), roots().toArray(new X509Certificate[0]), labClock);
    }

    /** A client TLS context trusting only the lab roots, validating at the wall clock. */
    public SSLContext clientContext() {
        return clientContext(trustManager());
    }

    /** A client TLS context using {@code trustManager}, e.g. {@link #trustManager(Supplier)} to validate at the lab clock. */
    public SSLContext clientContext(X509TrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the client TLS context: " + e.getMessage(), e);
        }
    }

    /** One certificate as PEM ("-----BEGIN CERTIFICATE-----" ...), with a trailing newline. */
    public static String toPem(X509Certificate certificate) {
        return toPem(List.of(certificate));
    }

    /** Several certificates concatenated as PEM. */
    public static String toPem(Collection<X509Certificate> certificates) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PEM", e);
        }
        return text.toString();
    }

    private static Map<String, CertificateSpec> indexById(List<CertificateSpec> specList) {
        Map<String, CertificateSpec> byId = new LinkedHashMap<>();
        for (CertificateSpec spec : specList) {
            if (byId.put(spec.id(), spec) != null) {
                throw new IllegalArgumentException("certificate id '" + spec.id() + "' is defined twice");
            }
        }
        for (CertificateSpec spec : specList) {
            if (spec.issuerId() != null) {
                CertificateSpec issuer = byId.get(spec.issuerId());
                if (issuer == null) {
                    throw new IllegalArgumentException("certificate '" + spec.id() + "' names unknown issuer '" + spec.issuerId() + "'");
                }
                if (!issuer.ca()) {
                    throw new IllegalArgumentException("certificate '" + spec.id() + "' is issued by '" + issuer.id() + "', which is not a CA");
                }
            }
        }
        return byId;
    }

    // Issues the issuer first (recursively), so specs can come in any order; "visiting" catches issuer loops.
    private X509Certificate issue(CertificateSpec spec, Set<String> visiting) {
        X509Certificate done = certificates.get(spec.id());
        if (done != null) {
            return done;
        }
        if (!visiting.add(spec.id())) {
            throw new IllegalArgumentException("certificate issuer loop through '" + spec.id() + "'");
        }
        KeyPair subjectKeys = spec.ca() ? newKeyPair("EC") : leafKeys;
        if (spec.ca()) {
            caKeys.put(spec.id(), subjectKeys);
        }
        X509Certificate issuerCertificate = spec.issuerId() == null ? null : issue(specs.get(spec.issuerId()), visiting);
        KeyPair signingKeys = spec.issuerId() == null ? subjectKeys : caKeys.get(spec.issuerId());
        X509Certificate certificate = build(spec, subjectKeys, issuerCertificate, signingKeys);
        certificates.put(spec.id(), certificate);
        return certificate;
    }

    private static X509Certificate build(CertificateSpec spec, KeyPair subjectKeys, X509Certificate issuer, KeyPair signingKeys) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = issuer == null
                    ? new JcaX509v3CertificateBuilder(spec.subject().toX500Name(), serial(spec), Date.from(spec.notBefore()),
                            Date.from(spec.notAfter()), spec.subject().toX500Name(), subjectKeys.getPublic())
                    : new JcaX509v3CertificateBuilder(issuer, serial(spec), Date.from(spec.notBefore()),
                            Date.from(spec.notAfter()), spec.subject().toX500Name(), subjectKeys.getPublic());
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            if (issuer != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer));
            }
            if (spec.ca()) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                GeneralNames altNames = subjectAltNames(spec);
                if (altNames != null) {
                    builder.addExtension(Extension.subjectAlternativeName, false, altNames);
                }
            }
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(signingKeys)).build(signingKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot issue certificate '" + spec.id() + "': " + e.getMessage(), e);
        }
    }

    private static GeneralNames subjectAltNames(CertificateSpec spec) {
        List<GeneralName> names = new ArrayList<>();
        spec.dnsNames().forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        spec.ipAddresses().forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        return names.isEmpty() ? null : new GeneralNames(names.toArray(new GeneralName[0]));
    }

    private static String signatureAlgorithm(KeyPair signer) {
        return "EC".equals(signer.getPrivate().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    // Stable per id (reproducible lab output), positive, 16 bytes like most public CAs use.
    static BigInteger serial(CertificateSpec spec) {
        if (spec.serial() != null) {
            return spec.serial();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(spec.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] bytes = java.util.Arrays.copyOf(digest, 16);
            bytes[0] &= 0x7F;
            return new BigInteger(1, bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static KeyPair newKeyPair(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if ("EC".equals(algorithm)) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + algorithm + " key pair: " + e.getMessage(), e);
        }
    }
}
