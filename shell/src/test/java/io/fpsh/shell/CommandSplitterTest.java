package io.fpsh.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommandSplitterTest {

    @Test
    void splitsAtSemicolonsAndDropsBlankLines() {
        assertEquals(List.of("show version", "expert", "ls"), CommandSplitter.split(" show version ;expert;; ls ;"));
    }

    @Test
    void keepsSemicolonsInsideQuotesAndAfterBackslashes() {
        assertEquals(List.of("echo 'a;b' \"c;d\"", "echo e\\;f"), CommandSplitter.split("echo 'a;b' \"c;d\"; echo e\\;f"));
    }

    @Test
    void aSingleQuoteInsideDoubleQuotesDoesNotOpenAQuote() {
        assertEquals(List.of("echo \"it's\"", "true"), CommandSplitter.split("echo \"it's\"; true"));
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertEquals(List.of("echo 'a; b"), CommandSplitter.split("echo 'a; b"));
    }

    @Test
    void keepsSemicolonsInsideCommandSubstitutionsAndSubshells() {
        assertEquals(List.of("expert", "echo $(hostname; whoami) \"$(echo a; echo b)\"", "(cd /tmp; pwd)", "pwd"),
                CommandSplitter.split("expert; echo $(hostname; whoami) \"$(echo a; echo b)\"; (cd /tmp; pwd); pwd"));
        assertEquals(List.of("echo `hostname; whoami`", "true"), CommandSplitter.split("echo `hostname; whoami`; true"));
        assertEquals(List.of("echo $(echo ')'; true)", "x"), CommandSplitter.split("echo $(echo ')'; true); x"));
    }
}
