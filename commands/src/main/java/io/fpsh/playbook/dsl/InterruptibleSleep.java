package io.fpsh.playbook.dsl;

import io.fpsh.playbook.Interruptible;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.control.SourceUnit;

/**
 * Turns a user's playbook's {@code sleep(ms)} into {@link Interruptible#sleep}: Groovy's own sleeps on through an
 * interrupt to the end of its time, so a {@code while (true) { sleep 60_000 }} would hold its thread a minute past the
 * step's budget, every time. Done at compile time because inside a step's closure the call goes to Groovy's
 * {@code sleep} on the closure before any delegate's method could answer it.
 */
final class InterruptibleSleep extends MethodCallWalk {
    private static final ClassNode INTERRUPTIBLE = ClassHelper.make(Interruptible.class);

    @Override
    Expression methodCall(SourceUnit source, MethodCallExpression call) {
        if (call.isImplicitThis() && "sleep".equals(call.getMethodAsString())
                && call.getArguments() instanceof TupleExpression arguments && arguments.getExpressions().size() == 1) {
            StaticMethodCallExpression sleep = new StaticMethodCallExpression(INTERRUPTIBLE, "sleep",
                    new ArgumentListExpression(arguments.getExpression(0)));
            sleep.setSourcePosition(call);
            return sleep;
        }
        return call;
    }
}
