package io.fpsh.playbook.dsl;

import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

import java.util.Set;

/**
 * Refuses, at compile time, a playbook that calls {@code System.exit} or {@code Runtime.getRuntime().exit/halt}:
 * a playbook runs inside fpsh, and ending the process would lose the run's report (and, inside a shell, the
 * session). A lint for honest mistakes, not a sandbox: a playbook is the user's own code, run with the user's rights,
 * and reflection gets past any such check.
 */
final class ExitLint extends MethodCallWalk {
    private static final Set<String> ENDS_THE_PROCESS = Set.of("exit", "halt");

    @Override
    Expression methodCall(SourceUnit source, MethodCallExpression call) {
        if (ENDS_THE_PROCESS.contains(call.getMethodAsString()) && namesTheProcess(call.getObjectExpression())) {
            refuse(source, call, owner(call.getObjectExpression()) + "." + call.getMethodAsString());
        }
        return call;
    }

    @Override
    Expression staticMethodCall(SourceUnit source, StaticMethodCallExpression call) {
        if (ENDS_THE_PROCESS.contains(call.getMethod()) && isProcessClass(call.getOwnerType())) {
            refuse(source, call, call.getOwnerType().getNameWithoutPackage() + "." + call.getMethod());
        }
        return call;
    }

    private static String owner(Expression receiver) {
        return receiver instanceof ClassExpression type && "java.lang.System".equals(type.getType().getName())
                ? "System" : "Runtime";
    }

    /** {@code System}, {@code Runtime}, {@code Runtime.getRuntime()}, {@code Runtime.runtime}. */
    private static boolean namesTheProcess(Expression receiver) {
        if (receiver instanceof ClassExpression type) {
            return isProcessClass(type.getType());
        }
        if (receiver instanceof MethodCallExpression call) {
            return "getRuntime".equals(call.getMethodAsString()) && namesTheProcess(call.getObjectExpression());
        }
        if (receiver instanceof StaticMethodCallExpression call) {
            return "getRuntime".equals(call.getMethod());
        }
        if (receiver instanceof PropertyExpression property) {
            return "runtime".equals(property.getPropertyAsString()) && namesTheProcess(property.getObjectExpression());
        }
        return false;
    }

    private static boolean isProcessClass(ClassNode type) {
        return "java.lang.System".equals(type.getName()) || "java.lang.Runtime".equals(type.getName());
    }

    private static void refuse(SourceUnit source, Expression call, String what) {
        source.getErrorCollector().addErrorAndContinue(new SyntaxErrorMessage(new SyntaxException(
                what + " would end fpsh and lose the run's report: a playbook reports, it does not exit",
                call.getLineNumber(), call.getColumnNumber(), call.getLastLineNumber(), call.getLastColumnNumber()),
                source));
    }
}
