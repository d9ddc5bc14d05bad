package org.lunacy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import org.lunacy.LuaContext;
import org.lunacy.nodes.LuaNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaTailCall;

/**
 * Calls a metamethod that is a function (luaT_callTMres) through an inline cache, so compiled
 * code can inline it: the call counts as a call from C, as PUC's does (yields across it fail,
 * "C stack overflow" counts it), its tail calls are finished here, and a builtin handler's error
 * gets the position of the Lua code at the site, as {@link LuaCalls#metaCall1} does.
 */
public final class LuaMetaCallNode extends Node {
  @Child private LuaDispatchNode dispatch = LuaDispatchNodeGen.create();

  /** The first result of {@code f(a, b)}, called for the Lua code at {@code site}. */
  public Object call1(LuaFunction f, Object a, Object b, LuaNode site) {
    return call1(f, new Object[] {null, a, b}, site);
  }

  /** The first result of {@code f(a, b, c)}, called for the Lua code at {@code site}. */
  public Object call1(LuaFunction f, Object a, Object b, Object c, LuaNode site) {
    return call1(f, new Object[] {null, a, b, c}, site);
  }

  private Object call1(LuaFunction f, Object[] args, LuaNode site) {
    LuaContext context = LuaContext.get(this);
    LuaCalls.checkCCalls(context, ++context.cCalls, site);
    try {
      Object r = dispatch.execute(f, args);
      if (r instanceof LuaTailCall) {
        r = LuaCalls.finishTailCalls(site, r);
      }
      return LuaCalls.first(r);
    } catch (LuaError e) {
      failed(e, site);
      throw e;
    } finally {
      context.cCalls--;
    }
  }

  @TruffleBoundary
  private static void failed(LuaError e, LuaNode site) {
    if (e.needsWhere()) {
      e.setWhere(site != null ? site.where() : "", null, false);
    }
    e.addMetaSite(site);
  }
}
