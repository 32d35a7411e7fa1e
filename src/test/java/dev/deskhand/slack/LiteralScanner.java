package dev.deskhand.slack;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Finds string literals in Java source that a person could read in Slack: any literal holding a letter is suspect
 * unless where it goes (a log call, an exception, an id setter, a comparison) or what it looks like (an id, a key, an
 * emoji code, a URL) says it is for machines or operators. Parsed with the JDK's own compiler tree, so a literal is
 * judged by the call it is an argument of, not by a regular expression over lines. Also flags an exception's message
 * passed on into a reply, which would show English (and internals) to a user.
 */
final class LiteralScanner {

    /** One literal that looks user-facing. */
    record Finding(String file, long line, String literal) {
        @Override
        public String toString() {
            return file + ":" + line + " " + literal;
        }
    }

    /** Loggers: operators read these, in English, with the correlation id. */
    private static final Pattern LOGGER = Pattern.compile("(?i)log|logger");

    /** Calls whose literal arguments name things for machines, parse input or compare it; never shown. */
    static final Set<String> MACHINE_CALLS = Set.of(
            // Block Kit and Bolt identifiers
            "actionId", "blockId", "callbackId", "externalId", "privateMetadata", "value", "url", "style", "type",
            "responseType", "command", "blockAction", "viewSubmission", "viewClosed", "messageShortcut", "event",
            "blockSuggestion", "globalShortcut", "dispatchAction",
            // comparing and parsing what came in
            "equals", "equalsIgnoreCase", "startsWith", "endsWith", "contains", "indexOf", "lastIndexOf", "split",
            "replace", "replaceAll", "replaceFirst", "matches", "compile", "strip", "regionMatches",
            // dates, zones, metrics
            "ofPattern", "forPattern", "getTimeZone", "builder", "tag", "tags", "description", "counter", "timer",
            "gauge", "getInstance",
            // an HTTP status line for Slack's servers, which show their own failure text
            "sendError");

    /**
     * Calls whose first argument is a key (JSON fields, headers, maps, settings, the message bundles' keys): only
     * that argument is allowed, so {@code put(blockId, "Could not save")} is still caught.
     */
    static final Set<String> KEY_CALLS = Set.of("path", "get", "has", "at", "findValue", "getHeader", "header",
            "getParameter", "getProperty", "remove", "containsKey", "getOrDefault", "put", "putObject", "putArray",
            "set", "field", "with", "withArray", "setHeader", "addHeader", "getString", "getInt", "getBoolean");

    /** Writes to a terminal: the command-line tools speak to the operator who ran them. */
    private static final Set<String> TERMINAL_CALLS = Set.of("println", "print", "printf");

    private static final Pattern EXCEPTION_NAME = Pattern.compile(
            "e|ex|exc|exception|error|err|cause|failure|t|problem|[a-z]*(Exception|Error|Failure)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** ids, keys, JSON fields, message keys, camelCase names, paths: start lower-case, no spaces. */
    private static final Pattern IDENTIFIER = Pattern.compile("[./#@-]?[a-z][A-Za-z0-9_.\\-/:#@$^*=?&]*");
    /** constants and codes: UTC, P1, HTTP_5XX (two letters only with a digit, so "OK" stays suspect). */
    private static final Pattern CODE = Pattern.compile("([A-Z][A-Z0-9_]{2,}|[A-Z][0-9]+|[A-Z]{1,2}[0-9_][A-Z0-9_]*)(-[0-9]*)?");
    /** JSON written for Slack's servers or a browser: structure, not sentences (values are checked where built). */
    private static final Pattern JSON = Pattern.compile(
            "^(?!.*\"(text|label|title|placeholder|alt_text)\":\"\\p{L})[{\\[]\"[a-z_]+\":.*");
    private static final Pattern URL = Pattern.compile("^(https?|mailto|slack)://\\S*$");
    /** Tokens that carry letters but no words: emoji codes, Slack mentions and date tokens, format specifiers. */
    private static final Pattern TOKENS = Pattern.compile(
            ":[a-z0-9_+\\-]+:|<[@#!][^>]*>?|\\{[a-z][A-Za-z_]*}|%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]"
                    + "|&(amp|lt|gt);|\\\\[ntr]");

    private LiteralScanner() {
    }

    /** Every suspect literal in {@code source}; {@code name} is how findings name the file. */
    static List<Finding> scan(String name, String source) throws IOException {
        return scan(Map.of(name, source));
    }

    /** Every suspect literal in the sources, by file name; one compiler parses them all (much faster than one each). */
    static List<Finding> scan(Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Map<URI, String> names = new HashMap<>();
        List<JavaFileObject> files = new ArrayList<>();
        for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
            URI uri = URI.create("string:///" + source.getKey().replace('\\', '/'));
            names.put(uri, source.getKey());
            files.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source.getValue();
                }
            });
        }
        JavacTask task = (JavacTask) compiler.getTask(null, null, d -> { }, List.of("-proc:none"), null, files);
        List<Finding> findings = new ArrayList<>();
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        for (CompilationUnitTree unit : task.parse()) {
            LineMap lines = unit.getLineMap();
            String name = names.get(unit.getSourceFile().toUri());
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitLiteral(LiteralTree literal, Void unused) {
                    if (literal.getValue() instanceof String text && suspect(text) && !allowedWhere(getCurrentPath())) {
                        findings.add(new Finding(name, lines.getLineNumber(positions.getStartPosition(unit, literal)),
                                text));
                    }
                    return null;
                }

                @Override
                public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                    if (exceptionMessage(call) && !allowedWhere(getCurrentPath())) {
                        findings.add(new Finding(name, lines.getLineNumber(positions.getStartPosition(unit, call)),
                                "exception message shown to a user: " + call));
                    }
                    return super.visitMethodInvocation(call, unused);
                }

                @Override
                public Void visitAnnotation(AnnotationTree annotation, Void unused) {
                    return null;
                }
            }.scan(unit, null);
        }
        return findings;
    }

    /** {@code e.getMessage()} on something named like an exception (a Slack payload's {@code getMessage} is not). */
    private static boolean exceptionMessage(MethodInvocationTree call) {
        String method = methodName(call);
        if (!method.equals("getMessage") && !method.equals("getLocalizedMessage")) {
            return false;
        }
        return call.getMethodSelect() instanceof MemberSelectTree select
                && EXCEPTION_NAME.matcher(rootName(select.getExpression())).matches();
    }

    /** True when the text reads like words: it has a letter left after ids, codes, URLs and tokens are set aside. */
    static boolean suspect(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || IDENTIFIER.matcher(stripped).matches() || CODE.matcher(stripped).matches()
                || URL.matcher(stripped).matches() || JSON.matcher(stripped).matches()) {
            return false;
        }
        return LETTER.matcher(TOKENS.matcher(stripped).replaceAll("")).find();
    }

    /**
     * Walks out through concatenation, parentheses and {@code ?:} to the expression that consumes the value, and
     * says whether that consumer is for machines or operators.
     */
    private static boolean allowedWhere(TreePath path) {
        if (insideToString(path)) {
            return true; // what a value looks like in a log line or a failed assertion
        }
        Tree child = path.getLeaf();
        for (TreePath at = path.getParentPath(); at != null; child = at.getLeaf(), at = at.getParentPath()) {
            Tree parent = at.getLeaf();
            if (parent instanceof BinaryTree || parent instanceof ParenthesizedTree) {
                continue;
            }
            if (parent instanceof ConditionalExpressionTree conditional) {
                if (conditional.getCondition() == child) {
                    return true;
                }
                continue;
            }
            if (parent instanceof CaseTree arm) {
                if (arm.getExpressions().contains(child)) {
                    return true; // case "구독" -> : a word typed by the user, compared
                }
                continue; // the arm's value flows on to whatever takes the switch's result
            }
            if (parent instanceof SwitchExpressionTree || parent instanceof YieldTree) {
                continue;
            }
            if (parent instanceof AnnotationTree) {
                return true;
            }
            if (parent instanceof NewClassTree created) {
                String type = created.getIdentifier().toString();
                return type.endsWith("Exception") || type.endsWith("Error") || type.endsWith("Wait")
                        || type.endsWith("Failure");
            }
            if (parent instanceof MethodInvocationTree call) {
                String method = methodName(call);
                ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree select
                        ? select.getExpression() : null;
                if (receiver == child) {
                    return true; // "x".equals(y), "a|b".split(...): the literal is the thing compared
                }
                if (receiver != null && LOGGER.matcher(rootName(receiver)).matches()) {
                    return true;
                }
                if ((method.equals("super") || method.equals("this")) && insideThrowable(at)) {
                    return true;
                }
                if (TERMINAL_CALLS.contains(method)) {
                    return true;
                }
                if (KEY_CALLS.contains(method) && !call.getArguments().isEmpty() && call.getArguments().get(0) == child) {
                    return true;
                }
                return MACHINE_CALLS.contains(method);
            }
            return false;
        }
        return false;
    }

    private static boolean insideToString(TreePath path) {
        for (TreePath at = path; at != null; at = at.getParentPath()) {
            if (at.getLeaf() instanceof MethodTree method) {
                return method.getName().contentEquals("toString") && method.getParameters().isEmpty();
            }
        }
        return false;
    }

    /** True inside a class that extends an exception: its {@code super(message)} is for logs. */
    private static boolean insideThrowable(TreePath path) {
        for (TreePath at = path; at != null; at = at.getParentPath()) {
            if (at.getLeaf() instanceof ClassTree type) {
                Tree parent = type.getExtendsClause();
                return parent != null && parent.toString().matches(".*(Exception|Error)");
            }
        }
        return false;
    }

    private static String methodName(MethodInvocationTree call) {
        ExpressionTree select = call.getMethodSelect();
        if (select instanceof MemberSelectTree member) {
            return member.getIdentifier().toString();
        }
        return select instanceof IdentifierTree id ? id.getName().toString() : "";
    }

    /** The leftmost name of {@code a.b().c}: {@code a}. */
    private static String rootName(ExpressionTree tree) {
        ExpressionTree at = tree;
        while (true) {
            if (at instanceof MemberSelectTree member) {
                at = member.getExpression();
            } else if (at instanceof MethodInvocationTree call) {
                at = call.getMethodSelect();
            } else if (at instanceof IdentifierTree id) {
                return id.getName().toString();
            } else {
                return "";
            }
        }
    }
}
