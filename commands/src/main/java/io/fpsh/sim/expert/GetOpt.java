package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/**
 * POSIX-style option parsing as the GNU tools do it: clustered flags ({@code -ivc}), option values attached or
 * separate ({@code -n5}, {@code -n 5}), {@code --} ending options, operands anywhere (GNU permutes them).
 */
public final class GetOpt {

    /** One option as given, with its value for options that take one. */
    public record Option(char letter, String value) {}

    public final List<Option> options = new ArrayList<>();
    public final List<String> operands = new ArrayList<>();
    /** The first unknown option letter, or 0. */
    public char invalid;
    /** The option missing its value, or 0. */
    public char missingValue;
    /** The first unknown long option, or null. */
    public String invalidLong;

    /**
     * @param flags      letters taking no value
     * @param withValues letters taking a value
     * @param ignoredLongOptions long options accepted and ignored (e.g. {@code --color})
     */
    public GetOpt(List<String> args, String flags, String withValues, String... ignoredLongOptions) {
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                operands.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2).split("=", 2)[0];
                if (!List.of(ignoredLongOptions).contains(name) && invalidLong == null) {
                    invalidLong = arg;
                }
            } else {
                for (int j = 1; j < arg.length(); j++) {
                    char letter = arg.charAt(j);
                    if (withValues.indexOf(letter) >= 0) {
                        String value = j + 1 < arg.length() ? arg.substring(j + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                        if (value == null) {
                            missingValue = missingValue == 0 ? letter : missingValue;
                        } else {
                            options.add(new Option(letter, value));
                        }
                        break;
                    }
                    if (flags.indexOf(letter) < 0) {
                        invalid = invalid == 0 ? letter : invalid;
                    } else {
                        options.add(new Option(letter, null));
                    }
                }
            }
        }
    }

    public boolean has(char letter) {
        return options.stream().anyMatch(o -> o.letter() == letter);
    }

    /** The last value given for an option, or null. */
    public String value(char letter) {
        String value = null;
        for (Option option : options) {
            if (option.letter() == letter) {
                value = option.value();
            }
        }
        return value;
    }

    List<String> values(char letter) {
        return options.stream().filter(o -> o.letter() == letter).map(Option::value).toList();
    }

    /** GNU's complaint about a bad option, or null when all were fine. */
    public String problem(String tool) {
        if (invalidLong != null) {
            return tool + ": unrecognized option '" + invalidLong + "'";
        }
        if (invalid != 0) {
            return tool + ": invalid option -- '" + invalid + "'";
        }
        if (missingValue != 0) {
            return tool + ": option requires an argument -- '" + missingValue + "'";
        }
        return null;
    }
}
