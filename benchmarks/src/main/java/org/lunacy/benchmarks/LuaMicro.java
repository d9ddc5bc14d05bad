package org.lunacy.benchmarks;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Micro benchmarks of Lua constructs that Lunacy compiles: each method calls one Lua function
 * (see {@link LuaFunctionState}) that runs a loop of {@value LuaFunctionState#N} iterations and
 * returns a number, which JMH consumes. The chunks are the {@code .lua} resources named below;
 * the expected results come from lua5.1.
 *
 * <p>The warm-up is long because the first Truffle compilations also warm up the Graal compiler
 * itself (1-3 s on two cores).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LuaMicro {

    public static class Fields extends LuaFunctionState {
        public Fields() {
            super("fields.lua", 84461251);
        }
    }

    public static class MethodCall extends LuaFunctionState {
        public MethodCall() {
            super("method_call.lua", 1501500);
        }
    }

    public static class GlobalCall extends LuaFunctionState {
        public GlobalCall() {
            super("global_call.lua", 501500);
        }
    }

    public static class FloatLoop extends LuaFunctionState {
        public FloatLoop() {
            super("float_loop.lua", 259082.56581453691);
        }
    }

    public static class ArrayAppend extends LuaFunctionState {
        public ArrayAppend() {
            super("array_append.lua", 500500);
        }
    }

    public static class StringConcat extends LuaFunctionState {
        public StringConcat() {
            super("string_concat.lua", 11893);
        }
    }

    public static class TableConcat extends LuaFunctionState {
        public TableConcat() {
            super("table_concat.lua", 2999);
        }
    }

    public static class ClosureCall extends LuaFunctionState {
        public ClosureCall() {
            super("closure_call.lua", 503500);
        }
    }

    public static class PairsIteration extends LuaFunctionState {
        public PairsIteration() {
            super("pairs_iteration.lua", 25500);
        }
    }

    public static class CoroutineResume extends LuaFunctionState {
        public CoroutineResume() {
            super("coroutine_resume.lua", 501500);
        }
    }

    public static class StringFormat extends LuaFunctionState {
        public StringFormat() {
            super("string_format.lua", 21194);
        }
    }

    public static class StringFind extends LuaFunctionState {
        public StringFind() {
            super("string_find.lua", 501340);
        }
    }

    /** {@code p.x = p.x + p.dx} and the like: constant string keys on one table. */
    @Benchmark
    public Value fields(Fields s) {
        return s.run();
    }

    /** {@code p:move(1, 2)}, {@code p:sum()}: methods found through the metatable's __index. */
    @Benchmark
    public Value methodCall(MethodCall s) {
        return s.run();
    }

    /** {@code s = add3(s, i, 1)} with {@code add3} a global function. */
    @Benchmark
    public Value globalCall(GlobalCall s) {
        return s.run();
    }

    /** A numeric for loop with float multiply, add and divide on locals. */
    @Benchmark
    public Value floatLoop(FloatLoop s) {
        return s.run();
    }

    /** {@code t[#t+1] = i} into a fresh table, then {@code t[i]} reads. */
    @Benchmark
    public Value arrayAppend(ArrayAppend s) {
        return s.run();
    }

    /** {@code "key" .. i .. ":" .. "value"}: concatenation of strings and numbers. */
    @Benchmark
    public Value stringConcat(StringConcat s) {
        return s.run();
    }

    /** A buffer of short strings joined with {@code table.concat}. */
    @Benchmark
    public Value tableConcat(TableConcat s) {
        return s.run();
    }

    /** Calls of two closures, one reading and one writing an upvalue. */
    @Benchmark
    public Value closureCall(ClosureCall s) {
        return s.run();
    }

    /** {@code for k, v in pairs(t)} over array and hash entries. */
    @Benchmark
    public Value pairsIteration(PairsIteration s) {
        return s.run();
    }

    /** {@code coroutine.resume(co, i)} with a coroutine that yields back {@code a + 1}. */
    @Benchmark
    public Value coroutineResume(CoroutineResume s) {
        return s.run();
    }

    /** {@code string.format("item %d = %5.2f [%s]", ...)}. */
    @Benchmark
    public Value stringFormat(StringFormat s) {
        return s.run();
    }

    /** {@code string.find(line, "=%s*(%d+)")} with a capture. */
    @Benchmark
    public Value stringFind(StringFind s) {
        return s.run();
    }
}
