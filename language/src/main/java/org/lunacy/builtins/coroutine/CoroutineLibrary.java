package org.lunacy.builtins.coroutine;

import static org.lunacy.builtins.LuaBuiltins.define;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.nodes.call.LuaCallNode;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaTailCall;
import org.lunacy.runtime.LuaYield;

/**
 * The coroutine library (lbaselib.c's co* functions) over stackless coroutines: see {@link
 * LuaYield} for how a yield unwinds and a resume continues.
 */
public final class CoroutineLibrary {
  private CoroutineLibrary() {}

  private static final Object[] NONE = new Object[0];

  public static void install(LuaContext ctx) {
    LuaTable co = LuaBuiltins.library(ctx, "coroutine");
    define(ctx, co, "create", (self, args) -> {
      Object f = LuaBuiltinNode.arg(args, 1);
      if (!(f instanceof LuaFunction lf) || lf.isBuiltin()) {
        throw LuaError.argError(1, "create", "Lua function expected");
      }
      return new Object[] {new LuaCoroutine(f)};
    });
    define(ctx, co, "resume", (self, args) -> {
      Object c = LuaBuiltinNode.arg(args, 1);
      if (!(c instanceof LuaCoroutine coroutine)) {
        throw LuaError.argError(1, "resume", "coroutine expected");
      }
      Object[] values = new Object[args.length - 2];
      System.arraycopy(args, 2, values, 0, values.length);
      return resume(ctx, coroutine, values);
    });
    define(ctx, co, "yield", (self, args) -> {
      LuaCoroutine current = ctx.currentCoroutine;
      // lua_yield: the main thread runs inside C calls (lua.c's pcall), so it gets this too
      if (current == null || ctx.cCalls > current.baseCCalls) {
        throw new LuaError("attempt to yield across metamethod/C-call boundary");
      }
      Object[] values = new Object[args.length - 1];
      System.arraycopy(args, 1, values, 0, values.length);
      throw new LuaYield(values);
    });
    define(ctx, co, "status", (self, args) -> {
      Object c = LuaBuiltinNode.arg(args, 1);
      if (!(c instanceof LuaCoroutine coroutine)) {
        throw LuaError.argError(1, "status", "coroutine expected");
      }
      return new Object[] {coroutine.status};
    });
    define(ctx, co, "running", (self, args) ->
        new Object[] {ctx.currentCoroutine == null ? LuaNil.NIL : ctx.currentCoroutine});
    define(ctx, co, "wrap", (self, args) -> {
      Object f = LuaBuiltinNode.arg(args, 1);
      if (!(f instanceof LuaFunction lf) || lf.isBuiltin()) {
        throw LuaError.argError(1, "wrap", "Lua function expected");
      }
      LuaCoroutine coroutine = new LuaCoroutine(f);
      return new Object[] {LuaBuiltins.function(ctx, "wrap", (me, a) -> {
        Object[] values = new Object[a.length - 1];
        System.arraycopy(a, 1, values, 0, values.length);
        Object[] r = resume(ctx, coroutine, values);
        if (r[0] == Boolean.TRUE) {
          Object[] out = new Object[r.length - 1];
          System.arraycopy(r, 1, out, 0, out.length);
          return out;
        }
        Object err = r.length > 1 ? r[1] : LuaNil.NIL;
        if (err instanceof String || err instanceof Double) {
          throw LuaError.error(org.lunacy.runtime.LuaOps.toStringOrNull(err));
        }
        throw new LuaError(err);
      })};
    });
  }

  /** auxresume + lua_resume: runs the coroutine until it yields, returns or fails. */
  @TruffleBoundary
  static Object[] resume(LuaContext ctx, LuaCoroutine co, Object[] values) {
    if (co.status == LuaCoroutine.DEAD) {
      return new Object[] {Boolean.FALSE, "cannot resume dead coroutine"};
    }
    if (co.status != LuaCoroutine.SUSPENDED) {
      return new Object[] {Boolean.FALSE, "cannot resume " + co.status + " coroutine"};
    }
    LuaCoroutine previous = ctx.currentCoroutine;
    int savedCCalls = ctx.cCalls;
    int savedDepth = ctx.depth;
    if (ctx.cCalls + 1 >= LuaCalls.MAX_C_CALLS) {
      return new Object[] {Boolean.FALSE, "C stack overflow"};
    }
    if (previous != null) {
      previous.status = LuaCoroutine.NORMAL;
    }
    co.status = LuaCoroutine.RUNNING;
    co.previous = previous;
    ctx.currentCoroutine = co;
    ctx.cCalls++;
    co.baseCCalls = ctx.cCalls;
    try {
      Object r;
      if (!co.started) {
        co.started = true;
        co.bottom = co.body;
        Object[] args = new Object[values.length + 1];
        System.arraycopy(values, 0, args, 1, values.length);
        r = LuaCalls.callUncounted(co.body, args);
      } else {
        co.resumeValues = values;
        if (co.hasRecords()) {
          r = LuaCallNode.resumeCallee(co, co.bottom);
        } else {
          r = values; // a builtin at the bottom (yield itself) yielded
        }
      }
      // the body's tail calls run from here: the last one called is the bottom activation
      while (r instanceof LuaTailCall tc) {
        co.bottom = tc.function;
        r = LuaCalls.callOnceUncounted(tc.function, tc.arguments);
      }
      Object[] results = (Object[]) r;
      co.status = LuaCoroutine.DEAD;
      co.records = null;
      Object[] out = new Object[results.length + 1];
      out[0] = Boolean.TRUE;
      System.arraycopy(results, 0, out, 1, results.length);
      return out;
    } catch (LuaYield y) {
      co.records = y.records;
      co.status = LuaCoroutine.SUSPENDED;
      Object[] out = new Object[y.values.length + 1];
      out[0] = Boolean.TRUE;
      System.arraycopy(y.values, 0, out, 1, y.values.length);
      return out;
    } catch (LuaError e) {
      e.setWhere("", null, false);
      co.status = LuaCoroutine.DEAD;
      co.records = null;
      return new Object[] {Boolean.FALSE, e.getValue()};
    } catch (StackOverflowError e) {
      co.status = LuaCoroutine.DEAD;
      co.records = null;
      return new Object[] {Boolean.FALSE, "stack overflow"};
    } finally {
      ctx.currentCoroutine = previous;
      if (previous != null) {
        previous.status = LuaCoroutine.RUNNING;
      }
      ctx.cCalls = savedCCalls;
      ctx.depth = savedDepth;
    }
  }
}
