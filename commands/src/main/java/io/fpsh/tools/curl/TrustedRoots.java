package io.fpsh.tools.curl;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CA certificates a run trusts, gathered the way OpenSSL does it for curl: the CAfile plus every file in the
 * CApath. The device's defaults (its /etc/ssl/certs) come from the environment's bundle.
 *
 * @param caFileShown the CAfile curl reports (null: "none")
 * @param caPathShown the CApath curl reports
 * @param loadFailure curl's message when --cacert names a file that cannot be read (exit 77), else null
 */
record TrustedRoots(List<X509Certificate> certificates, String caFileShown, String caPathShown, String loadFailure) {

    static TrustedRoots load(CurlOptions o, CurlDialect dialect, CurlEnvironment env) {
        String caFile = o.caFile != null ? o.caFile : dialect.defaultCaFile();
        String caPath = o.caPath != null ? o.caPath : dialect.defaultCaPath();
        List<X509Certificate> certs = new ArrayList<>();
        String failure = null;
        boolean defaultsLoaded = false;
        if (o.caFile != null) {
            Optional<byte[]> file = env.files().read(o.caFile);
            if (file.isEmpty()) {
                failure = dialect.legacy()
                        ? "error setting certificate verify locations:\n  CAfile: " + o.caFile + "\n  CApath: " + caPath + "\n"
                        : "error setting certificate file: " + o.caFile;
            } else {
                certs.addAll(PemCertificates.parse(file.get()));
            }
        } else if (caFile != null) {
            certs.addAll(PemCertificates.parse(env.defaultCaBundlePem()));
            defaultsLoaded = true;
        }
        if (o.caPath != null) {
            // OpenSSL silently ignores a CApath that does not exist.
            for (String entry : env.files().list(o.caPath)) {
                env.files().read(entry).ifPresent(bytes -> certs.addAll(PemCertificates.parse(bytes)));
            }
        } else if (!defaultsLoaded) {
            certs.addAll(PemCertificates.parse(env.defaultCaBundlePem()));
        }
        return new TrustedRoots(List.copyOf(certs), caFile, caPath, failure);
    }
}
