package org.lunacy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Lua embedded in Java through the polyglot API: values in and out, errors, coroutines. */
class EmbeddingTest {
  @Test
  void valuesComeBackAsPolyglotValues() {
    try (Context context = Context.create("lua")) {
      assertEquals(42, context.eval("lua", "return 6 * 7").asInt());
      assertEquals(0.5, context.eval("lua", "return 1 / 2").asDouble());
      assertEquals("ab", context.eval("lua", "return 'a' .. 'b'").asString());
      assertTrue(context.eval("lua", "return 1 < 2").asBoolean());
      assertTrue(context.eval("lua", "return nil").isNull());
      Value t = context.eval("lua", "return {10, 20, x = 'y'}");
      assertTrue(t.hasArrayElements());
      assertEquals(2, t.getArraySize());
      assertEquals(20, t.getArrayElement(1).asInt());
      assertEquals("y", t.getMember("x").asString());
      Value f = context.eval("lua", "return function(a, b) return a + b end");
      assertTrue(f.canExecute());
      assertEquals(7, f.execute(3, 4).asInt());
    }
  }

  @Test
  void globalsPersistAcrossEvaluations() {
    try (Context context = Context.create("lua")) {
      context.eval("lua", "counter = 1");
      context.eval("lua", "counter = counter + 1");
      assertEquals(2, context.eval("lua", "return counter").asInt());
    }
  }

  @Test
  void luaErrorsBecomePolyglotExceptionsWithTheLuaMessage() {
    try (Context context = Context.create("lua")) {
      PolyglotException e =
          assertThrows(
              PolyglotException.class, () -> context.eval("lua", "local t = nil\nreturn t.x"));
      assertTrue(e.isGuestException());
      assertFalse(e.isInternalError());
      assertEquals("[string \"local t = nil...\"]:2: attempt to index local 't' (a nil value)",
          e.getMessage());
      PolyglotException syntax =
          assertThrows(PolyglotException.class, () -> context.eval("lua", "x = = 1"));
      assertEquals("[string \"x = = 1\"]:1: unexpected symbol near '='", syntax.getMessage());
    }
  }

  @Test
  void coroutinesNeedNoThreadPermission() {
    try (Context context = Context.create("lua")) {
      Value r =
          context.eval(
              "lua",
              "local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1)"
                  + " return b * 2 end)\n"
                  + "return co(1) + co(10)");
      assertEquals(22, r.asInt());
    }
  }

  @Test
  void internalSourcesAreNoLuaLevelsAndHaveNoHookEvents() {
    try (Context context = Context.create("lua")) {
      context.eval(
          "lua",
          "events = {}\n"
              + "debug.sethook(function(e) events[#events + 1] = e .. ' '"
              + " .. debug.getinfo(2, 'S').short_src end, 'crl')\n"
              + "setmetatable(_G, {__newindex = function(t, k, v) rawset(t, k, v)"
              + " rawset(t, 'seen', debug.getinfo(2, 'S').what .. ' ' .. tostring(debug.getinfo(3)))"
              + " end})");
      // what the lua command does in C (setting arg), done by a chunk of an internal source
      Source host =
          Source.newBuilder("lua", "local a = {}\nx = a", "=host").internal(true).buildLiteral();
      context.eval(host);
      Value r = context.eval("lua", "debug.sethook() return seen");
      // as for lua_setglobal in C: the metamethod's caller is the C level at the bottom
      assertEquals("C nil", r.asString());
      Value events = context.eval("lua", "return table.concat(events, ', ')");
      assertFalse(events.asString().contains("host"), events.asString());
      assertTrue(events.asString().contains("call [C]"), events.asString());
    }
  }

  @Test
  void deepRecursionGivesALuaError() {
    try (Context context = Context.create("lua")) {
      Value r =
          context.eval(
              "lua",
              "local function f(n) return 1 + f(n + 1) end\n"
                  + "local ok, e = pcall(f, 1) return tostring(ok) .. ' ' .. e");
      assertTrue(r.asString().startsWith("false "), r.asString());
      assertTrue(r.asString().endsWith("stack overflow"), r.asString());
    }
  }

  /**
   * A default context allows no host access: io and os report the denial as Lua does a failed
   * system call (nil, message, errno) or as a Lua error, never as a host exception.
   */
  @Test
  void hostAccessDeniedByTheEmbedderIsALuaFailure() {
    try (Context context = Context.create("lua")) {
      assertEquals(
          "nil|/etc/hostname: Permission denied|13",
          context.eval("lua", "local f, m, n = io.open('/etc/hostname')"
              + " return tostring(f) .. '|' .. m .. '|' .. n").asString());
      assertEquals(
          "nil|cannot open /etc/hostname: Permission denied",
          context.eval("lua", "local f, m = loadfile('/etc/hostname')"
              + " return tostring(f) .. '|' .. m").asString());
      assertEquals(
          "false|os.execute: creating processes is not allowed",
          context.eval("lua", "local ok, m = pcall(os.execute, 'true')"
              + " return tostring(ok) .. '|' .. m").asString());
      assertEquals("0", context.eval("lua", "return tostring(os.execute())").asString());
      assertTrue(context.eval("lua", "return os.getenv('PATH')").isNull());
      assertEquals(
          "nil|/tmp/lunacy-denied: Permission denied|13",
          context.eval("lua", "local ok, m, n = os.remove('/tmp/lunacy-denied')"
              + " return tostring(ok) .. '|' .. m .. '|' .. n").asString());
      PolyglotException e =
          assertThrows(
              PolyglotException.class, () -> context.eval("lua", "dofile('/etc/hostname')"));
      assertTrue(e.isGuestException());
      assertEquals("cannot open /etc/hostname: Permission denied", e.getMessage());
    }
  }

  /** os.exit in an embedding ends the context with the status; the host goes on. */
  @Test
  void osExitEndsTheContextNotTheHost() {
    Context context = Context.create("lua");
    PolyglotException e =
        assertThrows(PolyglotException.class, () -> context.eval("lua", "os.exit(3)"));
    assertTrue(e.isExit());
    assertFalse(e.isInternalError());
    assertEquals(3, e.getExitStatus());
    // closing an exited context reports the exit again (the polyglot API's contract)
    PolyglotException closed = assertThrows(PolyglotException.class, context::close);
    assertTrue(closed.isExit());
    try (Context other = Context.create("lua")) {
      assertEquals(1, other.eval("lua", "return 1").asInt());
    }
  }
}
