package org.lunacy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/**
 * Hot code of every kind compiles without a bailout. Compilation runs in the foreground right
 * after a few calls, and a failed compilation (a permanent bailout such as a frame that escapes)
 * is an exception in the program instead of a silent fall back to the interpreter. The
 * conformance suite does not see such failures: the interpreter gives the same results.
 */
class CompilationTest {
  private static final String COROUTINES =
      """
      local create, resume, yield, wrap = coroutine.create, coroutine.resume, coroutine.yield, coroutine.wrap
      local function body(a, b)
        local c = yield(a + b)
        return c * 2
      end
      local function gen(n)
        for i = 1, n do yield(i) end
      end
      local function run()
        local sum = 0
        for i = 1, 200 do
          local co = create(body)
          local ok1, s = resume(co, i, 1)
          local ok2, d = resume(co, s)
          sum = sum + d
          for v in wrap(function() gen(3) end) do sum = sum + v end
        end
        return sum
      end
      local total = 0
      for k = 1, 30 do total = total + run() end
      return total
      """;

  private static final String TABLES_AND_STRINGS =
      """
      local Point = {}
      Point.__index = Point
      function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
      function Point:add(o) return Point.new(self.x + o.x, self.y + o.y) end
      local function run()
        local p = Point.new(0, 0)
        local parts = {}
        for i = 1, 100 do
          p = p:add(Point.new(i, -i))
          parts[#parts + 1] = string.format("%d", i % 7)
        end
        local s = table.concat(parts)
        local n = 0
        for d in s:gmatch("%d") do n = n + tonumber(d) end
        return p.x + p.y + n + #s:gsub("1", "one")
      end
      local total = 0
      for k = 1, 30 do total = total + run() end
      return total
      """;

  private static double evalCompiled(String program) {
    try (Engine engine =
            Engine.newBuilder(LuaConformanceTest.LANGUAGE)
                .allowExperimentalOptions(true)
                .option("engine.CompileImmediately", "true")
                .option("engine.BackgroundCompilation", "false")
                .option("engine.CompilationFailureAction", "Throw")
                .build();
        Context context = Context.newBuilder(LuaConformanceTest.LANGUAGE).engine(engine).build()) {
      return context.eval(LuaConformanceTest.LANGUAGE, program).asDouble();
    }
  }

  private static double evalInterpreted(String program) {
    try (Context context =
        Context.newBuilder(LuaConformanceTest.LANGUAGE)
            .allowExperimentalOptions(true)
            .option("engine.Compilation", "false")
            .build()) {
      return context.eval(LuaConformanceTest.LANGUAGE, program).asDouble();
    }
  }

  @Test
  void coroutineBodiesCompile() {
    assertEquals(evalInterpreted(COROUTINES), evalCompiled(COROUTINES));
  }

  @Test
  void tableAndStringCodeCompiles() {
    assertEquals(evalInterpreted(TABLES_AND_STRINGS), evalCompiled(TABLES_AND_STRINGS));
  }
}
