package io.fpsh.playbook.dsl;

import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * A compile step that sees every method call of a playbook's classes, closures' code included, at canonicalization:
 * where the code fpsh did not write is checked ({@link ExitLint}) or rewritten ({@link InterruptibleSleep}). Each call
 * is seen once, its receiver and arguments already walked, and may be kept or replaced.
 */
abstract class MethodCallWalk extends CompilationCustomizer {

    MethodCallWalk() {
        super(CompilePhase.CANONICALIZATION);
    }

    /** What stands for {@code call} in the compiled code: itself unless a subclass replaces it. */
    Expression methodCall(SourceUnit source, MethodCallExpression call) {
        return call;
    }

    /** The same for a call the compiler already resolved to a class ({@code System.exit} inside a class). */
    Expression staticMethodCall(SourceUnit source, StaticMethodCallExpression call) {
        return call;
    }

    @Override
    public final void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        new ClassCodeExpressionTransformer() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public Expression transform(Expression expression) {
                if (expression instanceof ClosureExpression closure) {
                    // a closure's transformExpression returns it as it is: its code is walked here
                    closure.getCode().visit(this);
                    return closure;
                }
                Expression walked = expression.transformExpression(this);
                if (walked instanceof MethodCallExpression call) {
                    return methodCall(source, call);
                }
                if (walked instanceof StaticMethodCallExpression call) {
                    return staticMethodCall(source, call);
                }
                return walked;
            }
        }.visitClass(classNode);
    }
}
