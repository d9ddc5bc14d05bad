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

  /**
   * Fields whose numbers a table keeps unboxed once they change, read at sites that also meet
   * boxed numbers (fresh tables), strings and nil; tables rehashed with unboxed numbers in them.
   */
  private static final String NUMBER_FIELDS =
      """
      local function make(i) return {x = i, y = i * 2, name = "n" .. i} end
      local objs = {}
      for i = 1, 40 do objs[i] = make(i) end
      local function step(o, k)
        o.x = o.x + k * 0.5
        o.y = o.y - o.x
        return o.x + o.y
      end
      local function size(o)
        local v = o.name
        if type(v) == "number" then return v end
        return v and #v or -1
      end
      local total = 0
      for round = 1, 60 do
        for i = 1, #objs do
          local o = objs[i]
          total = total + step(o, round) + size(o)
          if round == 20 then o.name = i * 1.5 end
          if round == 25 then o["k" .. i] = round; o.extra = i end
          if round == 30 and i % 2 == 0 then o.x = tostring(o.x); total = total + #o.x; o.x = tonumber(o.x) end
          if round == 35 and i % 3 == 0 then o.name = nil end
          if round == 40 and i % 5 == 0 then objs[i] = make(-i) end
        end
      end
      for i = 1, #objs do
        for k, v in pairs(objs[i]) do
          if type(v) == "number" then total = total + v end
        end
      end
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

  /**
   * Every builtin that callers inline, called from hot code; setmetatable also makes weak
   * tables there, whose keys the collection at the end must clear.
   */
  private static final String INLINED_BUILTINS =
      """
      local s = "Hello, World"
      local t = {1, 2, 3, 4, 5}
      local mt = {}
      local weak, weaks = {__mode = "k"}, {}
      local function f(i, acc)
        acc = acc + #s:upper() + #s:lower() + s:byte(1) + #string.char(65, 66) + #s:sub(2, 5)
        acc = acc + s:len() + math.atan2(1, i) + math.pow(2, 3) + math.fmod(i, 7) + math.modf(1.5)
        acc = acc + math.frexp(8) + math.ldexp(1, 3) + math.min(i, 3) + math.max(i, 4)
        acc = acc + math.random(10) + (type(i) == "number" and 1 or 0)
        acc = acc + (rawequal(t, t) and 1 or 0) + rawget(t, 1)
        rawset(t, 6, i)
        setmetatable(t, mt)
        local w = setmetatable({}, weak)
        w[{}] = i
        weaks[#weaks + 1] = w
        acc = acc + (getmetatable(t) == mt and 1 or 0) + next(t)
        for _, x in ipairs(t) do acc = acc + x end
        for _, x in pairs(t) do acc = acc + x end
        acc = acc + select("#", 1, 2, 3) + select(2, 10, 20)
        local a = unpack(t)
        assert(a)
        table.insert(t, 7)
        table.remove(t)
        t[6] = nil
        return acc + table.getn(t)
      end
      math.randomseed(7)
      local acc = 0
      for i = 1, 300 do acc = f(i, acc) end
      collectgarbage()
      for _, w in ipairs(weaks) do
        if next(w) then acc = acc + 1000 end
      end
      return acc
      """;

  /**
   * Field sites that see tables of many layouts (a polymorphic witness, then a full lookup), keys
   * found through __index, stores into existing keys.
   */
  private static final String POLYMORPHIC_FIELDS =
      """
      local Base = {x = -1}
      Base.__index = Base
      local function make(shape, i)
        local t
        if shape == 1 then t = {x = i, y = 1}
        elseif shape == 2 then t = {y = 2, x = i}
        elseif shape == 3 then t = {a = 1, b = 2, c = 3, x = i, y = 3}
        elseif shape == 4 then t = {y = 4}
        elseif shape == 5 then
          t = {}
          for k = 1, 20 do t["f" .. k] = k end
          t.x, t.y = i, 5
        else t = {p = 1, x = i, y = 6}; t.p = nil end
        return setmetatable(t, Base)
      end
      local function run(objs)
        local s = 0
        for i = 1, #objs do
          local o = objs[i]
          s = s + o.x + o.y
          o.y = o.y + 1
        end
        return s
      end
      local total = 0
      for shapes = 1, 6 do
        local objs = {}
        for i = 1, 60 do objs[i] = make(i % shapes + 1, i) end
        for k = 1, 10 do total = total + run(objs) end
      end
      return total
      """;

  /**
   * Sites that rely on a key being absent from one table (no __newindex, __index or global of
   * that name yet), which then gets the key while the compiled code is in use.
   */
  private static final String KEYS_THAT_COME_LATER =
      """
      local Class = {}
      Class.__index = Class
      local log = 0
      local function make(i)
        local o = setmetatable({}, Class)
        o.v = i
        o[1] = i
        return (o.v or 0) + (o.w or 0) + (maybe or 0)
      end
      local total = 0
      for i = 1, 100 do total = total + make(i) end
      Class.w = 1000
      for i = 1, 100 do total = total + make(i) end
      maybe = 5
      for i = 1, 100 do total = total + make(i) end
      Class.__newindex = function(t, k, v) log = log + 1; rawset(t, k, v * 2) end
      for i = 1, 100 do total = total + make(i) end
      for i = 1, 30 do
        _G["g" .. i] = i
        total = total + make(i)
      end
      return total + log
      """;

  /**
   * Functions whose returns were numbers while callers compiled arithmetic on them, and that
   * later return strings and nil: the return profiles widen inside compiled code.
   */
  private static final String RETURN_TYPES_THAT_CHANGE =
      """
      local function num(i)
        if i > 150 and i % 7 == 0 then return tostring(i) end
        if i > 180 and i % 11 == 0 then return nil end
        return i * 2
      end
      local function half(x) return x / 2 end
      local function numstr(i)
        if i > 120 and i % 3 == 0 then return "" .. i end
        return i
      end
      local function run(from, to)
        local s = 0
        for i = from, to do
          local v = numstr(i)
          s = s + (num(i) or 0) + half(i) + v * 3 - -v
          if v * 1 < 1000 then s = s + 1 end
          if i % 13 == 0 then s = s + half(num(i + 1) or 1) end
        end
        return s
      end
      local total = 0
      for k = 1, 20 do total = total + run(1, 100) end
      for k = 1, 20 do total = total + run(100, 300) end
      return total
      """;

  /**
   * Globals and a module's fields read and written in compiled code while their tables grow and
   * their keys move between nodes: the sites that read a key's node without testing the key
   * must see each move.
   */
  private static final String KEYS_THAT_MOVE =
      """
      local M = {a = 1, b = 2}
      g1, g2 = 0, 0
      local function run(k)
        for i = 1, 50 do
          g1 = g1 + i
          g2 = g2 + g1 % 7
          M.a = M.a + k
          M.b = M.a + M.b % 13
        end
        return g1 + g2 + M.a + M.b
      end
      local total = 0
      for k = 1, 40 do
        total = total + run(k)
        _G["extra" .. k] = k
        M["f" .. k] = k
        if k % 5 == 0 then
          for j = 1, k do M["f" .. j] = nil end
          M.b = nil
          M.b = k
        end
        total = total + g1 % 1000 + (M.f3 or 0)
      end
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
  void inlinedBuiltinsCompile() {
    assertEquals(evalInterpreted(INLINED_BUILTINS), evalCompiled(INLINED_BUILTINS));
  }

  @Test
  void polymorphicFieldSitesCompile() {
    assertEquals(evalInterpreted(POLYMORPHIC_FIELDS), evalCompiled(POLYMORPHIC_FIELDS));
  }

  @Test
  void absentKeysThatComeLater() {
    assertEquals(evalInterpreted(KEYS_THAT_COME_LATER), evalCompiled(KEYS_THAT_COME_LATER));
  }

  @Test
  void keysThatMoveUnderIdentitySites() {
    assertEquals(evalInterpreted(KEYS_THAT_MOVE), evalCompiled(KEYS_THAT_MOVE));
  }

  @Test
  void returnTypesThatChangeInCompiledCode() {
    assertEquals(evalInterpreted(RETURN_TYPES_THAT_CHANGE), evalCompiled(RETURN_TYPES_THAT_CHANGE));
  }

  @Test
  void numberFieldsOfEveryKind() {
    assertEquals(evalInterpreted(NUMBER_FIELDS), evalCompiled(NUMBER_FIELDS));
  }

  @Test
  void tableAndStringCodeCompiles() {
    assertEquals(evalInterpreted(TABLES_AND_STRINGS), evalCompiled(TABLES_AND_STRINGS));
  }
}
