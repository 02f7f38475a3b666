package io.fpsh.grammar;

import io.fpsh.device.Mode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandParserTest {
    private final CommandParser parser = new CommandParser(Grammar.ftd());

    @Test
    void uniquePrefixesExpandToTheFullCommand() {
        var command = assertInstanceOf(ParseResult.Command.class, parser.parse(Mode.CLISH, "sh ver"));
        assertEquals("show version", command.command());
        assertEquals("show version", command.expanded());
    }

    @Test
    void anExactKeywordWinsOverLongerOnes() {
        var command = assertInstanceOf(ParseResult.Command.class, parser.parse(Mode.CLISH, "show network"));
        assertEquals("show network", command.command());
    }

    @Test
    void anAmbiguousPrefixNamesEveryCandidate() {
        var ambiguous = assertInstanceOf(ParseResult.Ambiguous.class, parser.parse(Mode.CLISH, "sh netw"));
        assertEquals(List.of("network", "network-dhcp-server", "network-static-routes"), ambiguous.candidates());
        assertEquals("network               network-dhcp-server   network-static-routes \n",
                ContextHelp.columns(ambiguous.candidates(), 80));
    }

    @Test
    void typedArgumentsAreCheckedAndCaptured() {
        var command = assertInstanceOf(ParseResult.Command.class,
                parser.parse(Mode.CLISH, "conf net dns servers 192.0.2.11,192.0.2.12"));
        assertEquals("configure network dns servers <servers>", command.command());
        assertEquals("192.0.2.11,192.0.2.12", command.arg("servers"));
        var shortForm = assertInstanceOf(ParseResult.Command.class, parser.parse(Mode.CLISH, "configure network dns 192.0.2.11"));
        assertEquals("configure network dns <server>", shortForm.command());
        assertInstanceOf(ParseResult.Illegal.class, parser.parse(Mode.CLISH, "configure network dns servers 192.0.2.300"));
        assertInstanceOf(ParseResult.Illegal.class, parser.parse(Mode.CLISH, "configure network management-port 70000"));
    }

    @Test
    void errorsComeInTheClishWords() {
        assertEquals("Syntax error: Illegal command line", CommandParser.syntaxError(parser.parse(Mode.CLISH, "curl -v")));
        assertEquals("Syntax error: The command is not completed", CommandParser.syntaxError(parser.parse(Mode.CLISH, "show")));
        assertEquals("Syntax error: Illegal parameter", CommandParser.syntaxError(parser.parse(Mode.CLISH, "show version now")));
        assertEquals("Syntax error: The command is not completed",
                CommandParser.syntaxError(parser.parse(Mode.CLISH, "configure network ipv4 manual 192.0.2.5")));
    }

    @Test
    void contextHelpListsTheNextWordsWithTheirHelp() {
        ContextHelp help = new ContextHelp(Grammar.ftd());
        List<HelpEntry> afterShow = help.choices(Mode.CLISH, "show ");
        assertTrue(afterShow.stream().anyMatch(e -> e.word().equals("version") && e.help().contains("version")));
        List<HelpEntry> afterVersion = help.choices(Mode.CLISH, "show version ");
        assertEquals(List.of(HelpEntry.END), afterVersion);
        List<HelpEntry> dnsArgument = help.choices(Mode.CLISH, "configure network dns servers ");
        assertEquals("<servers>", dnsArgument.get(0).word());
        assertTrue(dnsArgument.get(0).argument());
        assertEquals(List.of("network", "network-dhcp-server", "network-static-routes"),
                help.choices(Mode.CLISH, "show netw").stream().map(HelpEntry::word).toList());
    }

    @Test
    void expertCommandsAreKnownToBelongToExpertMode() {
        assertEquals(Mode.EXPERT, Grammar.ftd().modeOfCommand("curl", Mode.CLISH).orElseThrow());
        assertEquals(Mode.CLISH, Grammar.ftd().modeOfCommand("show", Mode.EXPERT).orElseThrow());
    }

    @Test
    void expertCompletionKnowsWhichTypeSuAndSudosOptions() {
        ContextHelp help = new ContextHelp(Grammar.ftd());
        assertEquals(List.of("which", "whoami"), help.choices(Mode.EXPERT, "wh").stream().map(HelpEntry::word).toList());
        assertTrue(help.choices(Mode.EXPERT, "ty").stream().anyMatch(e -> e.word().equals("type")));
        assertTrue(help.choices(Mode.EXPERT, "s").stream().anyMatch(e -> e.word().equals("su")));
        assertEquals(List.of("-i", "-l", "-n", "-s", "-u"),
                help.choices(Mode.EXPERT, "sudo -").stream().map(HelpEntry::word).toList());
    }

    @Test
    void hugeAndNoisyLinesAreJustIllegal() {
        String huge = "show " + "x".repeat(100_000);
        assertInstanceOf(ParseResult.Illegal.class, parser.parse(Mode.CLISH, huge));
        assertInstanceOf(ParseResult.Illegal.class, parser.parse(Mode.CLISH, "\u0001\u0002\u00ff\u0000 show"));
    }
}
