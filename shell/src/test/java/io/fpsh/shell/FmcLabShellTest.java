package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The management center lab (fmc01-healthy) through fpsh itself: its banner, {@code show version} and short clish
 * (Cisco TAC doc 221035's FMC 7.2.4), its prompts down to root, and the guide's SSE checks from its expert shell,
 * which reach the same lab servers as an FTD's, with its files at the FTD's paths less /ngfw.
 */
@ExtraJvm
class FmcLabShellTest {
    private static final String LAB = "fmc01-healthy";

    @Test
    void pipedLinesShowTheFmcsBannerVersionShortClishAndPrompts() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home,
                "show version\n?\nshow network\nsystem support diagnostic-cli\nexpert\nsudo su -\nAdmin123\nexit\nexit\n",
                "--lab", LAB);
        String out = result.out();
        assertTrue(out.contains("""
                Cisco Firepower Extensible Operating System (FX-OS) v2.12.0 (build 499)
                Cisco Secure Firewall Management Center for VMware v7.2.4 (build 169)

                > show version
                ----------------------[ fmc ]-----------------------
                Model                     : Secure Firewall Management Center for VMware (66) Version 7.2.4 (Build 169)
                UUID                      : 6308d00c-54c3-11ee-a889-c4b0f35cec33
                Rules update version      : 2023-10-02-002-vrt
                LSP version               : lsp-rel-20231002-1553
                VDB version               : 372
                ----------------------------------------------------
                > ?
                  exit                Exit this CLI session
                  expert              Invoke a shell
                  show                Display system information
                > show network
                Syntax error: Illegal parameter
                > system support diagnostic-cli
                Syntax error: Illegal command line
                > expert
                admin@fmc:~$ sudo su -
                """), out);
        assertTrue(out.contains("Password:\nroot@fmc:~# exit\nlogout\nadmin@fmc:~$ exit\nlogout\n> "), out);
        // the FTD's expert notice is not the FMC's, and the password typed is never shown
        assertFalse(out.contains("NOTICE - Shell access") || out.contains("Admin123"), out);
    }

    @Test
    void theGuidesCurlAndNslookupFromTheFmcsExpertShell() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", LAB, "-c",
                "expert; nslookup api-sse.cisco.com;"
                        + " curl -v https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients"
                        + " --cacert /etc/ssl/connectorCA.pem;"
                        + guideCurl("est.sco.cisco.com") + guideCurl("eventing-ingest.sse.itd.cisco.com")
                        + guideCurl("mx01.sse.itd.cisco.com")
                        + " curl -s https://est.sco.cisco.com --cacert /ngfw/etc/ssl/connectorCA.pem; echo \" exit $?\";"
                        + " ls /ngfw; pmtool status | grep -e PATH -e Running");
        String out = result.out();
        assertTrue(out.contains("Server:\t\t192.0.2.11\nAddress:\t192.0.2.11#53\n\nNon-authoritative answer:\n"
                + "Name:\tapi-sse.cisco.com\nAddress: 198.51.100.66\n"), out);
        String err = result.err();
        assertTrue(err.contains("*   CAfile: /etc/ssl/connectorCA.pem\n"), err);
        assertTrue(err.contains("* \t SSL certificate verify ok.\n"), err);
        assertTrue(err.contains("< HTTP/1.1 403 Forbidden\r\n"), err);
        assertTrue(out.contains("Forbidden403 403 403 "), out);
        // the guide's path is an FTD's: the FMC has no /ngfw [UNVERIFIED on a real FMC: facts 2.3's rule]
        assertTrue(out.contains(" exit 77\n"), out);
        assertTrue(err.contains("ls: cannot access '/ngfw': No such file or directory\n"), err);
        assertTrue(out.contains("PATH=/usr/local/sbin:/usr/sbin:/sbin:/usr/local/bin:/usr/bin:/bin\n"
                + "SFDataCorrelator (normal) - Running 6703\n"), out);
        assertFalse(out.contains("SSEConnector") || out.contains("EventHandler"), out);
    }

    /** The guide's curl of one SSE host with the FMC's CA bundle, printing only the HTTP status. */
    private static String guideCurl(String host) {
        return " curl -s -o /dev/null -w '%{http_code} ' https://" + host + " --cacert /etc/ssl/connectorCA.pem;";
    }

    @Test
    void labListNamesTheFmc() {
        FpshProcess.Result list = FpshProcess.inProcess("lab", "list");
        assertTrue(list.out().contains("\nfmc01-healthy             Firepower Management Center 7.2.4 (virtual) with nothing wrong"),
                list.out());
        assertEquals(0, list.exitStatus());
    }
}
