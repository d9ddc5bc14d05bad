package org.lunacy.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One Lua function set up for a benchmark: a Lunacy context, created once per trial, evaluates the
 * chunk {@code <file>} (a resource next to this class) that returns a function {@code f(n)}; the
 * benchmark then calls {@link #run()}, which executes {@code f(N)} from Java.
 *
 * <p>The setup fails unless the optimizing Truffle runtime is on (the engine's implementation name
 * is not {@code Interpreted}) and unless the first call returns the value lua5.1 gives.
 */
@State(Scope.Benchmark)
public abstract class LuaFunctionState {

    /** Work per benchmark invocation: the argument of every call ({@code n} in the chunks). */
    public static final int N = 1000;

    /**
     * Polyglot options for the context, as {@code name=value} pairs separated by semicolons (JMH
     * splits parameter values at commas), for example {@code -p options=lua.HashWitnesses=false} or
     * {@code -p "options=engine.BackgroundCompilation=false;engine.TraceCompilation=true"}; empty
     * for the defaults.
     */
    @Param({""})
    public String options;

    private final String file;
    private final double expected;
    private Context context;
    private Value function;
    /** The argument, read from a field so that the compiler cannot fold it into the call. */
    private int n = N;

    protected LuaFunctionState(String file, double expected) {
        this.file = file;
        this.expected = expected;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Context.Builder builder = Context.newBuilder("lua").allowExperimentalOptions(true);
        builder.options(parseOptions(options));
        context = builder.build();
        String implementation = context.getEngine().getImplementationName();
        if ("Interpreted".equals(implementation)) {
            context.close();
            throw new IllegalStateException("the Truffle runtime is the interpreter (\"" + implementation
                    + "\"): run the benchmarks with the flags of benchmarks/README.md (Graal compiler on the "
                    + "upgrade module path, -XX:+EnableJVMCI)");
        }
        function = context.eval(Source.newBuilder("lua", readChunk(), file).build());
        if (!function.canExecute()) {
            throw new IllegalStateException(file + " does not return a function");
        }
        Value result = run();
        if (!result.isNumber() || result.asDouble() != expected) {
            throw new IllegalStateException(file + ": f(" + N + ") returned " + result + ", lua5.1 gives " + expected);
        }
    }

    /** Calls the Lua function once: {@code N} iterations of its loop. */
    public final Value run() {
        return function.execute(n);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private String readChunk() throws IOException {
        try (InputStream in = LuaFunctionState.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("resource not found: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> parseOptions(String spec) {
        Map<String, String> map = new HashMap<>();
        if (spec == null || spec.isBlank()) {
            return map;
        }
        for (String pair : spec.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("option without a value: " + pair + " (expected name=value)");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return map;
    }
}
