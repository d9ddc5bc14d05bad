package org.lunacy.launcher;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The few things lua.c does with the Lua C API, written as tiny Lua chunks run through the
 * polyglot API: building {@code arg}, {@code require}, compiling and packing the results of an
 * interactive line, printing them, reading {@code _PROMPT}. Each is compiled on first use; the
 * frames of these chunks (chunk name {@value #CHUNK_NAME}) are left out of tracebacks.
 */
final class LuaHelpers {
  static final String CHUNK_NAME = "=(lunacy)";

  private static final String SET_ARG =
      """
      local t = {...}
      local n = t[1]
      local a = {}
      for i = 2, #t do a[i - 2 - n] = t[i] end
      arg = a
      """;

  private static final String REQUIRE = "return require";

  /** Taken before any of the program's code runs, which may replace {@code io.stdout}. */
  private static final String FLUSH =
      """
      local stdout = io.stdout
      return function() stdout:flush() end
      """;

  private static final String COLLECT =
      """
      local collectgarbage = collectgarbage
      return function() collectgarbage("collect") end
      """;

  private static final String COMPILE =
      """
      local loadstring = loadstring
      return function(code, name)
        local f, message = loadstring(code, name)
        if f then return f end
        return message
      end
      """;

  private static final String PACK =
      """
      local select = select
      local function pack(...) return {n = select('#', ...), ...} end
      return function(f) return pack(f()) end
      """;

  private static final String PRINT =
      """
      local unpack = unpack
      return function(t) if t.n > 0 then print(unpack(t, 1, t.n)) end end
      """;

  private static final String PROMPT =
      """
      local type, tostring = type, tostring
      return function(first)
        local p
        if first then p = _PROMPT else p = _PROMPT2 end
        local k = type(p)
        if k == "string" or k == "number" then return tostring(p) end
        return nil
      end
      """;

  private final Context context;
  private Interrupts interrupts;
  private final Value flush;
  private final Value collect;
  private Value setArg;
  private Value require;
  private Value compile;
  private Value pack;
  private Value print;
  private Value prompt;

  LuaHelpers(Context context) {
    this.context = context;
    this.flush = parse(FLUSH).execute();
    this.collect = parse(COLLECT).execute();
  }

  void setInterrupts(Interrupts interrupts) {
    this.interrupts = interrupts;
  }

  Interrupts interrupts() {
    return interrupts;
  }

  boolean isHelperSource(String sourceName) {
    return CHUNK_NAME.equals(sourceName);
  }

  private Value parse(String code) {
    return context.parse(
        Source.newBuilder(LunacySession.LANGUAGE, code, CHUNK_NAME).internal(true).buildLiteral());
  }

  /**
   * Flushes Lua's standard output ({@code io.stdout:flush()}). Called before the launcher itself
   * writes (prompts, messages on a terminal) so that the order is that of one C stdout.
   */
  void flushOutput() {
    flush.execute();
  }

  /** {@code lua_gc(L, LUA_GCCOLLECT, 0)}: a full collection, finalizers included. */
  void collectGarbage() {
    collect.execute();
  }

  /** {@code getargs}: {@code arg[i - n] = argv[i]} for every argument. */
  void setArgTable(String[] argv, int script) {
    if (setArg == null) {
      setArg = parse(SET_ARG);
    }
    Object[] args = new Object[argv.length + 1];
    args[0] = script;
    System.arraycopy(argv, 0, args, 1, argv.length);
    setArg.execute(args);
  }

  /** Calls a function (Ctrl-C interrupts it); results are not needed. */
  void call(Value function, Object... args) {
    interrupts.run(() -> function.execute(args));
  }

  /**
   * {@code require(name)}, looked up in the globals now and called from the host, as lua.c calls it
   * from C (so its errors carry no Lua position).
   */
  void require(String name) {
    if (require == null) {
      require = parse(REQUIRE);
    }
    Value function = require.execute();
    interrupts.run(() -> function.execute(name));
  }

  /** {@code loadstring(code, name)}: the function, or the syntax error message as a string. */
  Value compile(String code, String chunkName) {
    if (compile == null) {
      compile = parse(COMPILE).execute();
    }
    return compile.execute(code, chunkName);
  }

  /** Calls a function and packs all its results into {@code {n = count, ...}}. */
  Value callPacked(Value function) {
    if (pack == null) {
      pack = parse(PACK).execute();
    }
    return interrupts.run(() -> pack.execute(function));
  }

  /** {@code print(unpack(results))} when there are results. */
  void printResults(Value results) {
    if (print == null) {
      print = parse(PRINT).execute();
    }
    interrupts.run(() -> print.execute(results));
  }

  /** {@code _PROMPT} or {@code _PROMPT2} as a string, or null. */
  String prompt(boolean first) {
    if (prompt == null) {
      prompt = parse(PROMPT).execute();
    }
    Value p = prompt.execute(first);
    return p.isString() ? p.asString() : null;
  }
}
