package io.fpsh.tools.curl;

/** curl --help, per dialect. */
final class CurlHelp {

    private CurlHelp() {}

    static String text(CurlDialect dialect) {
        if (!dialect.legacy()) {
            // 7.88's short, categorised help.
            return "Usage: curl [options...] <url>\n"
                    + " -d, --data <data>          HTTP POST data\n"
                    + " -f, --fail                 Fail fast with no output on HTTP errors\n"
                    + " -h, --help <category>      Get help for commands\n"
                    + " -i, --include              Include protocol response headers in the output\n"
                    + " -o, --output <file>        Write to file instead of stdout\n"
                    + " -O, --remote-name          Write output to a file named as the remote file\n"
                    + " -s, --silent               Silent mode\n"
                    + " -T, --upload-file <file>   Transfer local FILE to destination\n"
                    + " -u, --user <user:password> Server user and password\n"
                    + " -A, --user-agent <name>    Send User-Agent <name> to server\n"
                    + " -v, --verbose              Make the operation more talkative\n"
                    + " -V, --version              Show version number and quit\n"
                    + "\n"
                    + "This is not the full help, this menu is stripped into categories.\n"
                    + "Use \"--help category\" to get an overview of all categories.\n"
                    + "For all options use the manual or \"--help all\".\n";
        }
        // 7.44 printed one long list; this is the part covering what fpsh implements, in its layout.
        return "Usage: curl [options...] <url>\n"
                + "Options: (H) means HTTP/HTTPS only, (F) means FTP only\n"
                + "     --cacert FILE   CA certificate to verify peer against (SSL)\n"
                + "     --capath DIR    CA directory to verify peer against (SSL)\n"
                + "     --connect-timeout SECONDS  Maximum time allowed for connection\n"
                + " -d, --data DATA     HTTP POST data (H)\n"
                + " -f, --fail          Fail silently (no output at all) on HTTP errors (H)\n"
                + " -H, --header LINE   Pass custom header LINE to server (H)\n"
                + " -I, --head          Show document info only\n"
                + " -h, --help          This help text\n"
                + " -i, --include       Include protocol headers in the output (H/F)\n"
                + " -k, --insecure      Allow connections to SSL sites without certs (H)\n"
                + " -L, --location      Follow redirects (H)\n"
                + "     --max-filesize BYTES  Maximum file size to download (H/F)\n"
                + "     --max-redirs NUM  Maximum number of redirects allowed (H)\n"
                + " -m, --max-time SECONDS  Maximum time allowed for the transfer\n"
                + " -o, --output FILE   Write to FILE instead of stdout\n"
                + " -x, --proxy [PROTOCOL://]HOST[:PORT]  Use proxy on given port\n"
                + " -X, --request COMMAND  Specify request command to use\n"
                + "     --resolve HOST:PORT:ADDRESS  Force resolve of HOST:PORT to ADDRESS\n"
                + " -s, --silent        Silent mode (don't output anything)\n"
                + " -S, --show-error    Show error. With -s, make curl show errors when they occur\n"
                + " -A, --user-agent STRING  Send User-Agent STRING to server (H)\n"
                + " -v, --verbose       Make the operation more talkative\n"
                + " -V, --version       Show version number and quit\n"
                + " -w, --write-out FORMAT  Use output FORMAT after completion\n"
                + " -4, --ipv4          Resolve name to IPv4 address\n"
                + " -6, --ipv6          Resolve name to IPv6 address\n";
    }
}
