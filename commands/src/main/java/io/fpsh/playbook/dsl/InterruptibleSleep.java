package io.fpsh.playbook.dsl;

import io.fpsh.playbook.Interruptible;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Turns a user's playbook's {@code sleep(ms)} into {@link Interruptible#sleep}: Groovy's own sleeps on through an
 * interrupt to the end of its time, so a {@code while (true) { sleep 60_000 }} would hold its thread a minute past the
 * step's budget, every time. Done at compile time because inside a step's closure the call goes to Groovy's
 * {@code sleep} on the closure before any delegate's method could answer it.
 */
final class InterruptibleSleep extends CompilationCustomizer {
    private static final ClassNode INTERRUPTIBLE = ClassHelper.make(Interruptible.class);

    InterruptibleSleep() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        new ClassCodeExpressionTransformer() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public Expression transform(Expression expression) {
                if (expression instanceof ClosureExpression closure) {
                    closure.getCode().visit(this);
                    return closure;
                }
                if (expression instanceof MethodCallExpression call && call.isImplicitThis()
                        && "sleep".equals(call.getMethodAsString())
                        && call.getArguments() instanceof TupleExpression arguments
                        && arguments.getExpressions().size() == 1) {
                    StaticMethodCallExpression sleep = new StaticMethodCallExpression(INTERRUPTIBLE, "sleep",
                            new ArgumentListExpression(transform(arguments.getExpression(0))));
                    sleep.setSourcePosition(call);
                    return sleep;
                }
                return expression.transformExpression(this);
            }
        }.visitClass(classNode);
    }
}
