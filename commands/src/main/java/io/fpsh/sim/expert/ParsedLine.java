package io.fpsh.sim.expert;

import java.util.List;

/**
 * A parsed command line: steps run left to right, each guarded by the operator before it
 * ({@code ;}, {@code &&} or {@code ||}), each a pipeline of simple commands and subshells.
 */
record ParsedLine(List<Step> steps) {

    record Step(String guard, Pipeline pipeline) {
        /** Whether the step runs after a previous status, as bash's and-or lists decide (left to right). */
        boolean runsAfter(int lastStatus) {
            return switch (guard) {
                case "&&" -> lastStatus == 0;
                case "||" -> lastStatus != 0;
                default -> true;
            };
        }
    }

    /** A pipeline, possibly empty after {@code time}; {@code timing} says how {@code time} reports it, if at all. */
    record Pipeline(List<Command> commands, Timing timing) {
        Pipeline(List<Command> commands) {
            this(commands, Timing.NONE);
        }
    }

    /** bash's {@code time} keyword before a pipeline: its default report, or POSIX's with {@code time -p}. */
    enum Timing { NONE, BASH, POSIX }

    /** One stage of a pipeline. */
    sealed interface Command permits SimpleCommand, Subshell {
        List<Redirection> redirections();
    }

    record SimpleCommand(List<Word> words, List<Redirection> redirections) implements Command {}

    /** {@code ( list )}: runs apart, so {@code exit} and {@code cd} inside end or stay inside it. */
    record Subshell(ParsedLine body, List<Redirection> redirections) implements Command {}

    /**
     * {@code fd op target}: {@code >}, {@code >>}, {@code <}, or {@code >&} (duplicate, target {@code 1}/{@code 2});
     * fd -1 stands for both output streams ({@code &>}).
     */
    record Redirection(int fd, String op, Word target) {}
}
