package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.lunacy.LuaContext;
import org.lunacy.nodes.LuaNode;

/** Calls from Java code (builtins, interop, metamethods on slow paths) into Lua values. */
public final class LuaCalls {
  private LuaCalls() {}

  /** LUAI_MAXCCALLS: nested calls from builtins (pcall, metamethods, sort...) allowed. */
  public static final int MAX_C_CALLS = 200;

  /**
   * Calls {@code fn} with {@code args} ({@code args[0]} is overwritten with the callee), honouring
   * {@code __call} and finishing tail calls. Errors for non-callable values have no variable name.
   */
  @TruffleBoundary
  public static Object[] call(Object fn, Object[] args) {
    return call(fn, args, null);
  }

  /** "C stack overflow", with the position of the Lua code at {@code site} if there is one. */
  @TruffleBoundary
  public static LuaError cStackOverflow(Node site) {
    return LuaError.callLimit(site instanceof LuaNode ln ? ln.where() : "", false);
  }

  /**
   * luaD_call's check of the nesting of calls made from C, for a call that made it {@code
   * cCalls}: the call that reaches {@link #MAX_C_CALLS} fails; an xpcall handler runs past it (see
   * BaseLibrary's xpcall) until an eighth more, where LUA_ERRERR ends the error handling.
   */
  public static void checkCCalls(LuaContext context, int cCalls, Node site) {
    if (cCalls >= MAX_C_CALLS) {
      if (cCalls == MAX_C_CALLS) {
        context.cCalls--;
        throw cStackOverflow(site);
      } else if (cCalls >= MAX_C_CALLS + (MAX_C_CALLS >> 3)) {
        context.cCalls--;
        throw LuaError.callLimit("", true);
      }
    }
  }

  /**
   * {@link #call(Object, Object[])} with luaD_call's check of the nesting of calls made from C.
   * As luaG_runerror does, "C stack overflow" has the position of the Lua code at {@code site}
   * when the call is made on its behalf (a metamethod), none when a builtin makes it ({@code
   * site} null).
   */
  private static Object[] call(Object fn, Object[] args, Node site) {
    LuaContext context = LuaContext.get(null);
    checkCCalls(context, ++context.cCalls, site);
    try {
      Object result;
      try {
        result = callOnce(fn, args);
      } catch (LuaError e) {
        if (site == null && e.needsWhere()) {
          // a builtin called by a builtin (gsub's replacement, sort's comparator, pcall's
          // function): luaL_where(L, 1) finds no Lua code there, getfuncname no name
          e.setWhere("", null, false);
        }
        throw e;
      }
      return values(finishTailCalls(result));
    } finally {
      context.cCalls--;
    }
  }

  /**
   * Runs the tail calls a call's result asks for, as the call node of a Lua caller would, until
   * a result that is values. A call from Java code (a builtin, a metamethod's cache) finishes
   * its callee's tail calls with this.
   */
  @TruffleBoundary
  public static Object finishTailCalls(Object first) {
    Object result = first;
    int tails = 0;
    while (result instanceof LuaTailCall tc) {
      tails += 1 + tc.hidden;
      if (LuaHooks.enabled()) {
        LuaHooks.tailCall(tc.site, null, tails, tc.callerFrame);
      }
      try {
        int t = tails;
        result = LuaStack.asTailCall(() -> callOnce(tc.function, tc.arguments), t);
      } catch (LuaError e) {
        if (tc.function instanceof LuaFunction f) {
          e.addTailChain(f.callTarget.getRootNode(), tails);
        }
        throw e;
      }
    }
    return result;
  }

  /**
   * {@link #finishTailCalls(Object)} for a call made on behalf of the Lua code at {@code site} (a
   * metamethod): the tail calls are attributed to that node, as {@link #metaCall1} attributes
   * its call.
   */
  @TruffleBoundary
  public static Object finishTailCalls(Node site, Object first) {
    EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
    Node prev = ref.set(site);
    try {
      return finishTailCalls(first);
    } finally {
      ref.set(prev);
    }
  }

  /** {@code call(fn, arg...)} with the arguments given without the callee slot. */
  @TruffleBoundary
  public static Object[] callArgs(Object fn, Object... luaArgs) {
    return call(fn, withCalleeSlot(luaArgs));
  }

  /** {@code luaArgs} after a free slot for the callee: a call target's argument array. */
  private static Object[] withCalleeSlot(Object[] luaArgs) {
    Object[] args = new Object[luaArgs.length + 1];
    System.arraycopy(luaArgs, 0, args, 1, luaArgs.length);
    return args;
  }

  /** The first result of a call, or nil. */
  @TruffleBoundary
  public static Object call1(Object fn, Object... luaArgs) {
    Object[] r = callArgs(fn, luaArgs);
    return r.length == 0 ? LuaNil.NIL : r[0];
  }

  /**
   * Calls a metamethod on behalf of {@code site}: the call is attributed to that node, so stack
   * levels (error levels, debug info) see the Lua code that triggered the metamethod.
   */
  @TruffleBoundary
  public static Object metaCall1(Node site, Object fn, Object... luaArgs) {
    if (site == null) {
      return call1(fn, luaArgs);
    }
    if (!(fn instanceof LuaFunction) && !(LuaOps.getMetamethod(fn, "__call") instanceof LuaFunction)) {
      // the metamethod is called from the Lua code at site, so the error has its position
      throw LuaOps.typeError(site instanceof LuaNode ln ? ln : null, fn, "call", null);
    }
    EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
    Node prev = ref.set(site);
    try {
      return first(call(fn, withCalleeSlot(luaArgs), site));
    } catch (LuaError e) {
      if (e.needsWhere()) {
        // a builtin used as the metamethod: luaL_where(L, 1) finds the Lua code at site, and
        // getfuncname has no name for a call made by an operator ("bad argument #1 to '?'")
        e.setWhere(site instanceof LuaNode ln ? ln.where() : "", null, false);
      }
      e.addMetaSite(site);
      throw e;
    } finally {
      ref.set(prev);
    }
  }

  /**
   * The values of a finished call. A Lua function that returns one value of its own ({@code
   * return x}) gives that value itself, which saves an array per call; any other return gives
   * the array of its values. Lua values are never arrays.
   */
  public static Object[] values(Object result) {
    return result instanceof Object[] values ? values : new Object[] {result};
  }

  /** The first value of a finished call (see {@link #values}), or nil. */
  public static Object first(Object result) {
    if (result instanceof Object[] values) {
      return values.length == 0 ? LuaNil.NIL : values[0];
    }
    return result;
  }

  private static Object callOnce(Object fn, Object[] args) {
    if (fn instanceof LuaFunction f) {
      args[0] = f;
      return IndirectCallNode.getUncached().call(f.callTarget, args);
    }
    Object h = LuaOps.getMetamethod(fn, "__call");
    if (h instanceof LuaFunction f) {
      Object[] shifted = new Object[args.length + 1];
      shifted[0] = f;
      shifted[1] = fn;
      System.arraycopy(args, 1, shifted, 2, args.length - 1);
      return IndirectCallNode.getUncached().call(f.callTarget, shifted);
    }
    // Called from a builtin (print calling tostring, pcall, sort's comparator...): as in PUC the
    // running function is not Lua code, so the message has no position.
    throw new LuaError("attempt to call a " + LuaTypes.typeName(fn) + " value");
  }

  /**
   * The function lua.c's message handler calls: {@code debug.traceback} as the globals hold it
   * now (through metamethods), or null when there is no such function. An error in the lookup is
   * thrown (lua.c then reports "error in error handling").
   */
  @TruffleBoundary
  public static LuaFunction tracebackHandler(LuaContext context) {
    Object debug = LuaOps.index(context.globals, "debug", null, null);
    if (!(debug instanceof LuaTable)) {
      return null;
    }
    return LuaOps.index(debug, "traceback", null, null) instanceof LuaFunction f ? f : null;
  }

  /**
   * lua.c's message handler ({@code traceback}) where it does not append the usual traceback: a
   * string or number error gets {@code debug.traceback(msg, 2)}, looked up in the globals now, so
   * a program that removed {@code debug} or its {@code traceback} is reported without one, and a
   * replaced {@code debug.traceback} makes the report (called here, after the error unwound).
   * Runs where an error leaves Lua for the host (a chunk run by {@code Context.eval}, a function
   * called through interop). Returns whether it set {@link LuaError#setReport the report}; false
   * leaves the builtin's traceback to the caller.
   */
  @TruffleBoundary
  public static boolean uncaughtMessageHandler(LuaContext context, LuaError e) {
    Object value = e.getValue();
    if (!(value instanceof String) && !(value instanceof Double) || e.isErrErr()) {
      return false; // kept intact (lua.c prints "(error object is not a string)" or nothing)
    }
    LuaFunction f;
    try {
      f = tracebackHandler(context);
    } catch (LuaError inner) {
      e.setReport("error in error handling");
      return true;
    }
    if (f == null) {
      e.setReport(LuaOps.toStringOrNull(value));
      return true;
    }
    if (f.isBuiltin() && "traceback".equals(f.getBuiltinName())) {
      return false;
    }
    // an error in the handler runs the message handler again, until the C stack limit
    for (int i = 0; i < MAX_C_CALLS; i++) {
      try {
        Object[] r = callArgs(f, value, 2.0);
        Object result = r.length == 0 ? LuaNil.NIL : r[0];
        e.setReport(
            result instanceof String || result instanceof Double
                ? LuaOps.toStringOrNull(result)
                : result == LuaNil.NIL ? LuaNil.NIL : "(error object is not a string)");
        return true;
      } catch (LuaError inner) {
        if (inner.isMemoryError() || inner.isErrErr()) {
          break;
        }
        inner.setWhere("", null, false);
        value = inner.getValue();
        if (!(value instanceof String) && !(value instanceof Double)) {
          e.setReport(value == LuaNil.NIL ? LuaNil.NIL : "(error object is not a string)");
          return true;
        }
      } catch (StackOverflowError inner) {
        break;
      }
    }
    e.setReport("error in error handling");
    return true;
  }
}
