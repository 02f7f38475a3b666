package io.fpsh.probe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecretMaskTest {

    @Test
    void headerValuesAreMaskedWithOrWithoutAScheme() {
        assertEquals("> Proxy-Authorization: Basic ****", SecretMask.mask("> Proxy-Authorization: Basic YWRtaW46c2VjcmV0"));
        assertEquals("> Authorization: ****", SecretMask.mask("> Authorization: s3cr3t-token"));
        assertEquals("authorization: Bearer ****", SecretMask.mask("authorization: Bearer abc.def"));
        // any case, on any line of a longer output: each pattern runs only where its literal is (mask's fast path)
        assertEquals("* Trying 192.0.2.50...\n> PROXY-AUTHORIZATION: BASIC ****\n< HTTP/1.1 200",
                SecretMask.mask("* Trying 192.0.2.50...\n> PROXY-AUTHORIZATION: BASIC YWRtaW46c2VjcmV0\n< HTTP/1.1 200"));
        assertEquals("> AuThOrIzAtIoN: ****", SecretMask.mask("> AuThOrIzAtIoN: s3cr3t"));
    }

    @Test
    void passwordsInUrlsAndCurlsUserOptionsAreMasked() {
        assertEquals("curl -x http://proxyuser:****@192.0.2.3:3128 https://x", SecretMask.mask("curl -x http://proxyuser:pw@192.0.2.3:3128 https://x"));
        assertEquals("curl -U 'proxyuser:****' https://x", SecretMask.mask("curl -U 'proxyuser:pw' https://x"));
        assertEquals("curl -sS --proxy-user u:**** https://x", SecretMask.mask("curl -sS --proxy-user u:pw https://x"));
        assertEquals("curl --user u:**** https://x", SecretMask.mask("curl --user u:pw https://x"));
        // an '@' left unencoded in the user or the password (curl refuses the URL, quoting it): the whole password goes
        assertEquals("curl -x 'http://jdoe@corp.example:****@192.0.2.3:3128' https://x",
                SecretMask.mask("curl -x 'http://jdoe@corp.example:Secr3t@192.0.2.3:3128' https://x"));
        assertEquals("* Unsupported proxy syntax in 'http://proxyuser:****@192.0.2.3:3128'",
                SecretMask.mask("* Unsupported proxy syntax in 'http://proxyuser:p@ss@192.0.2.3:3128'"));
        assertEquals("https://api-sse.cisco.com:443/x?to=a@b", SecretMask.mask("https://api-sse.cisco.com:443/x?to=a@b"));
        assertEquals("http://jdoe@192.0.2.3:3128 https://x:1/@", SecretMask.mask("http://jdoe@192.0.2.3:3128 https://x:1/@"));
        // curl takes a short option's value attached too: -uuser:pw is -u user:pw
        assertEquals("curl -ureader:**** https://x", SecretMask.mask("curl -ureader:pw https://x"));
        assertEquals("curl -U'proxyuser:****' -x http://192.0.2.3:3128 https://x",
                SecretMask.mask("curl -U'proxyuser:pw' -x http://192.0.2.3:3128 https://x"));
    }

    @Test
    void otherCommandsOptionsAreLeftAlone() {
        String date = "date -u +%Y-%m-%dT%H:%M:%SZ";
        assertEquals(date, SecretMask.mask(date));
        assertEquals("sort -u a:b", SecretMask.mask("sort -u a:b"));
    }
}
