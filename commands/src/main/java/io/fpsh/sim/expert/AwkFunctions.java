package io.fpsh.sim.expert;

import io.fpsh.sim.expert.AwkProgram.Expr;
import io.fpsh.sim.expert.AwkProgram.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** awk's built-in functions the simulation has: length, substr, index, split, sub, gsub, tolower, toupper, sprintf, int. */
final class AwkFunctions {

    private AwkFunctions() {}

    static Expr call(String name, List<Expr> args, int offset) throws AwkProgram.Invalid {
        int n = args.size();
        switch (name) {
            case "length" -> {
                return run -> (double) (n == 0 ? run.record() : AwkValues.string(args.get(0).eval(run))).length();
            }
            case "substr" -> {
                need(n >= 2 && n <= 3, offset);
                return run -> substr(AwkValues.string(args.get(0).eval(run)), AwkValues.number(args.get(1).eval(run)),
                        n == 3 ? AwkValues.number(args.get(2).eval(run)) : Double.POSITIVE_INFINITY);
            }
            case "index" -> {
                need(n == 2, offset);
                return run -> (double) (AwkValues.string(args.get(0).eval(run))
                        .indexOf(AwkValues.string(args.get(1).eval(run))) + 1);
            }
            case "tolower", "toupper" -> {
                need(n == 1, offset);
                boolean lower = name.equals("tolower");
                return run -> {
                    String s = AwkValues.string(args.get(0).eval(run));
                    return lower ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
                };
            }
            case "int" -> {
                need(n == 1, offset);
                return run -> (double) (long) AwkValues.number(args.get(0).eval(run));
            }
            case "sprintf" -> {
                need(n >= 1, offset);
                return run -> {
                    List<Object> values = new ArrayList<>();
                    args.forEach(a -> values.add(a.eval(run)));
                    return AwkValues.printf(AwkValues.string(values.get(0)), values.subList(1, values.size()));
                };
            }
            case "split" -> {
                need(n >= 2 && n <= 3 && args.get(1) instanceof AwkProgram.Variable, offset);
                return run -> split(run, args, n);
            }
            case "sub", "gsub" -> {
                need(n >= 2 && n <= 3 && (n == 2 || args.get(2) instanceof Place), offset);
                boolean global = name.equals("gsub");
                return run -> substitute(run, args, global);
            }
            default -> throw new AwkProgram.Invalid("function `" + name + "' not defined", offset);
        }
    }

    private static void need(boolean ok, int offset) throws AwkProgram.Invalid {
        if (!ok) {
            throw new AwkProgram.Invalid("syntax error", offset);
        }
    }

    /** awk's substr: positions from 1, rounded, clipped to the string. */
    private static String substr(String s, double start, double length) {
        double from = Math.round(start);
        double to = length == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : from + Math.round(length);
        int begin = (int) Math.max(1, from);
        int end = (int) Math.min(s.length() + 1, to);
        return begin >= end ? "" : s.substring(begin - 1, end - 1);
    }

    private static Object split(AwkRun run, List<Expr> args, int n) {
        String text = AwkValues.string(args.get(0).eval(run));
        Map<String, Object> array = run.array(((AwkProgram.Variable) args.get(1)).name());
        array.clear();
        List<String> parts = run.splitFields(text, n == 3 ? AwkValues.string(args.get(2).eval(run)) : run.fs());
        for (int i = 0; i < parts.size(); i++) {
            array.put(Integer.toString(i + 1), new AwkValues.Field(parts.get(i)));
        }
        return (double) parts.size();
    }

    private static Object substitute(AwkRun run, List<Expr> args, boolean global) {
        Place target = args.size() == 3 ? (Place) args.get(2) : run.recordPlace();
        String text = AwkValues.string(target.eval(run));
        Matcher m = run.regexOf(args.get(0)).matcher(text);
        String replacement = AwkValues.string(args.get(1).eval(run));
        StringBuilder out = new StringBuilder();
        int last = 0;
        int count = 0;
        for (int from = 0; from <= text.length() && m.find(from); from = m.end() == m.start() ? m.end() + 1 : m.end()) {
            out.append(text, last, m.start());
            for (int i = 0; i < replacement.length(); i++) {
                char c = replacement.charAt(i);
                if (c == '\\' && i + 1 < replacement.length() && replacement.charAt(i + 1) == '&') {
                    out.append('&');
                    i++;
                } else {
                    out.append(c == '&' ? m.group() : String.valueOf(c));
                }
            }
            last = m.end();
            count++;
            if (!global) {
                break;
            }
        }
        if (count > 0) {
            target.set(run, out.append(text.substring(last)).toString());
        }
        return (double) count;
    }
}
