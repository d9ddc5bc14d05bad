package org.lunacy.builtins.coroutine;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.lunacy.LuaContext;
import org.lunacy.nodes.call.LuaDispatchNode;
import org.lunacy.nodes.call.LuaDispatchNodeGen;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTailCall;
import org.lunacy.runtime.LuaTypes;
import org.lunacy.runtime.LuaYield;

/**
 * Runs a coroutine until it yields, returns or fails (lbaselib.c's auxresume with lua_resume),
 * for {@code coroutine.resume} and the functions made by {@code coroutine.wrap}.
 *
 * <p>The first resume calls the body; later ones call the bottom function with the {@link
 * LuaCoroutine#RESUME} marker, and its root continues from the records of the last yield. Both go
 * through one inline-cached dispatch, so a coroutine body can be compiled into the code that
 * resumes it, and a yield returns here as the {@link LuaYield} its roots return.
 */
final class LuaResumeNode extends Node implements org.lunacy.runtime.LuaStack.BodyTailDispatcher {
  /** A resume that failed: the error value, as {@code coroutine.resume} returns after false. */
  static final class Failure {
    final Object value;

    Failure(Object value) {
      this.value = value;
    }
  }

  @Child private LuaDispatchNode dispatch = LuaDispatchNodeGen.create();
  @Child private LuaDispatchNode tailDispatch;
  private final BranchProfile errorProfile = BranchProfile.create();

  /**
   * Resumes {@code co} with {@code args[from..]}. Returns the values it yielded or returned as
   * {@code Object[]} after {@code prefix} free slots, or a {@link Failure}.
   */
  Object execute(LuaCoroutine co, Object[] args, int from, int prefix) {
    if (co.status != LuaCoroutine.SUSPENDED) {
      errorProfile.enter();
      return notSuspended(co);
    }
    LuaContext ctx = LuaContext.get(this);
    int savedCCalls = ctx.cCalls;
    int savedDepth = ctx.depth;
    // lua_resume checks the resumer's nCcalls (lua_setlevel copied it) before counting itself
    if (savedCCalls >= LuaCalls.MAX_C_CALLS) {
      errorProfile.enter();
      return new Failure("C stack overflow");
    }
    LuaCoroutine previous = ctx.currentCoroutine;
    if (previous != null) {
      previous.status = LuaCoroutine.NORMAL;
    }
    co.status = LuaCoroutine.RUNNING;
    co.resumer = previous;
    ctx.currentCoroutine = co;
    ctx.cCalls = savedCCalls + 1;
    co.baseCCalls = savedCCalls + 1;
    Object savedHandler = ctx.errorHandler;
    ctx.errorHandler = null; // a coroutine has its own errfunc, 0 where it can yield
    boolean savedUntraced = ctx.untracedErrors;
    ctx.untracedErrors = false; // debug.traceback(co) shows the levels of a dead coroutine
    Object r;
    try {
      r = run(co, args, from);
    } catch (LuaError e) {
      errorProfile.enter();
      e.setWhere("", null, false);
      co.finish();
      co.died(e, getRootNode());
      return new Failure(e.getValue());
    } catch (StackOverflowError e) {
      errorProfile.enter();
      co.finish();
      return new Failure("stack overflow");
    } catch (OutOfMemoryError e) {
      // LUA_ERRMEM: the coroutine is dead, and what it allocated unreachable once it is dropped
      errorProfile.enter();
      co.finish();
      return new Failure(LuaError.MEMORY_MESSAGE);
    } finally {
      ctx.currentCoroutine = previous;
      if (previous != null) {
        previous.status = LuaCoroutine.RUNNING;
      }
      ctx.cCalls = savedCCalls;
      ctx.depth = savedDepth;
      ctx.errorHandler = savedHandler;
      ctx.untracedErrors = savedUntraced;
    }
    if (r instanceof LuaYield) {
      co.status = LuaCoroutine.SUSPENDED;
      co.transfer = null;
      Object[] yielded = co.yielded;
      co.yielded = null;
      return withPrefix(yielded, 1, prefix);
    }
    co.finish();
    Object[] values = LuaCalls.values(r);
    return prefix == 0 ? values : withPrefix(values, 0, prefix);
  }

  private static Object[] withPrefix(Object[] values, int from, int prefix) {
    Object[] out = new Object[prefix + values.length - from];
    System.arraycopy(values, from, out, prefix, values.length - from);
    return out;
  }

  /** Enters or continues the coroutine; returns its results or its {@link LuaYield}. */
  private Object run(LuaCoroutine co, Object[] args, int from) {
    Object r = null;
    LuaFunction target = null;
    Object[] callArgs = null;
    if (!co.started) {
      co.started = true;
      target = (LuaFunction) co.body;
      co.bottom = target;
      callArgs = new Object[args.length - from + 1];
      System.arraycopy(args, from, callArgs, 1, args.length - from);
    } else {
      Object[] values = new Object[args.length - from];
      System.arraycopy(args, from, values, 0, values.length);
      if (co.hasRecords()) {
        co.transfer = values;
        target = co.bottom;
        callArgs = new Object[] {null, LuaCoroutine.RESUME};
      } else {
        // the bottom function is a builtin (yield reached by a tail call): it returns the values
        r = values;
      }
    }
    if (target != null) {
      if (co.bodyTails == 0) {
        // the first call and every resume go through this one call: one copy of an inlined body
        r = dispatch.execute(target, callArgs);
      } else {
        // the body's tail calls entered the bottom activation: it goes on as their callee
        try {
          r = tailDispatch().execute(target, callArgs);
        } catch (LuaError e) {
          org.lunacy.runtime.LuaStack.errorLeftTailCall(e, target, co.bodyTails);
          throw e;
        }
      }
    }
    // the body's tail calls run from here: the last one called is the bottom activation
    while (r instanceof LuaTailCall tc) {
      LuaFunction f = callee(tc.function);
      Object[] tailArgs = tc.arguments;
      if (f != tc.function) {
        tailArgs = new Object[tc.arguments.length + 1];
        tailArgs[1] = tc.function;
        System.arraycopy(tc.arguments, 1, tailArgs, 2, tc.arguments.length - 1);
      }
      co.bottom = f;
      co.bodyTails++;
      if (org.lunacy.runtime.LuaHooks.enabled()) {
        org.lunacy.runtime.LuaHooks.tailCall(tc.site, null, co.bodyTails, tc.callerFrame);
      }
      try {
        r = tailDispatch().execute(f, tailArgs);
      } catch (LuaError e) {
        org.lunacy.runtime.LuaStack.errorLeftTailCall(e, f, co.bodyTails);
        throw e;
      }
    }
    return r;
  }

  /** The function that a call of {@code fn} runs: itself or its {@code __call} metamethod. */
  private static LuaFunction callee(Object fn) {
    if (fn instanceof LuaFunction f) {
      return f;
    }
    return calleeMetamethod(fn);
  }

  @TruffleBoundary
  private static LuaFunction calleeMetamethod(Object fn) {
    Object h = LuaOps.getMetamethod(fn, "__call");
    if (h instanceof LuaFunction f) {
      return f;
    }
    throw LuaError.error("attempt to call a " + LuaTypes.typeName(fn) + " value");
  }

  @Override
  public boolean isTailDispatchSite(Node site) {
    return org.lunacy.runtime.LuaStack.isWithin(site, tailDispatch, this);
  }

  private LuaDispatchNode tailDispatch() {
    if (tailDispatch == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      tailDispatch = insert(LuaDispatchNodeGen.create());
    }
    return tailDispatch;
  }

  @TruffleBoundary
  private static Failure notSuspended(LuaCoroutine co) {
    if (co.status == LuaCoroutine.DEAD) {
      return new Failure("cannot resume dead coroutine");
    }
    return new Failure("cannot resume " + co.status + " coroutine");
  }
}
