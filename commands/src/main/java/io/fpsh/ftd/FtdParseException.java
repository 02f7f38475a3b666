package io.fpsh.ftd;

/** The text given to a parser is not that command's output; the message is one line naming what is missing. */
public class FtdParseException extends RuntimeException {
    public FtdParseException(String command, String problem) {
        super(command + ": " + problem);
    }
}
