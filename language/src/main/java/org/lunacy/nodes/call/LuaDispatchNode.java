package org.lunacy.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaOps;

/**
 * Calls a Lua value (luaD_precall): inline-cached on the callee's call target, then indirect; a
 * non-function goes through its {@code __call} metamethod. Returns what the callee's root returns
 * ({@code Object[]} or a tail call). {@code args[0]} is set to the callee.
 */
@GenerateInline(false)
public abstract class LuaDispatchNode extends Node {
  public static final int CACHE_LIMIT = 4;

  /** Returns null when {@code fn} cannot be called (the caller raises the named error). */
  public abstract Object execute(Object fn, Object[] args);

  @Specialization(
      guards = "fn.callTarget == cachedTarget",
      limit = "CACHE_LIMIT")
  protected static Object doDirect(
      LuaFunction fn,
      Object[] args,
      @Cached("fn.callTarget") RootCallTarget cachedTarget,
      @Cached("create(cachedTarget)") DirectCallNode call) {
    args[0] = fn;
    return call.call(args);
  }

  @Specialization(replaces = "doDirect")
  protected static Object doIndirect(
      LuaFunction fn, Object[] args, @Cached IndirectCallNode call) {
    args[0] = fn;
    return call.call(fn.callTarget, args);
  }

  /**
   * A callable table or userdata through its {@code __call} metamethod, cached on the
   * metamethod's call target as a function is (a class whose constructor is {@code Class(...)}
   * inlines like {@code Class.new(...)}). A call node of its own, so the metamethod's frame knows
   * its caller's call site (line and name in tracebacks, as PUC's OP_CALL on the object).
   */
  @Specialization(
      guards = {"!isFunction(fn)", "handler != null", "handler.callTarget == cachedTarget"},
      limit = "CACHE_LIMIT")
  protected static Object doCallableDirect(
      Object fn,
      Object[] args,
      @Bind("callHandler(fn)") LuaFunction handler,
      @Cached("handler.callTarget") RootCallTarget cachedTarget,
      @Cached("create(cachedTarget)") DirectCallNode call) {
    return call.call(shifted(handler, fn, args));
  }

  /** Other callables, and values that cannot be called (null: the caller raises the error). */
  @Specialization(guards = "!isFunction(fn)")
  protected static Object doCallMetamethod(
      Object fn, Object[] args, @Cached IndirectCallNode call) {
    LuaFunction f = callHandler(fn);
    if (f == null) {
      return null;
    }
    return call.call(f.callTarget, shifted(f, fn, args));
  }

  /** The {@code __call} metamethod of {@code fn} if it is a function, else null. */
  protected static LuaFunction callHandler(Object fn) {
    return LuaOps.getMetamethod(fn, "__call") instanceof LuaFunction f ? f : null;
  }

  /** The arguments of a call of {@code fn} passed on to its handler: {@code fn} comes first. */
  private static Object[] shifted(LuaFunction handler, Object fn, Object[] args) {
    Object[] shifted = new Object[args.length + 1];
    shifted[0] = handler;
    shifted[1] = fn;
    System.arraycopy(args, 1, shifted, 2, args.length - 1);
    return shifted;
  }

  protected static boolean isFunction(Object fn) {
    return fn instanceof LuaFunction;
  }
}
