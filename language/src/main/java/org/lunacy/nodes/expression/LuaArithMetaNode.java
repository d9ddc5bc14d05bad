package org.lunacy.nodes.expression;

import com.oracle.truffle.api.nodes.Node;
import org.lunacy.LuaContext;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.access.LuaFieldNode;
import org.lunacy.nodes.call.LuaDispatchNode;
import org.lunacy.nodes.call.LuaDispatchNodeGen;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaTailCall;

/**
 * The arithmetic metamethod of a table operand (call_binTM for OP_ADD..OP_UNM) through inline
 * caches: the handler is looked up in the operands' metatables with hash-slot witnesses and
 * called through a {@link LuaDispatchNode}, so compiled code can inline a Lua metamethod such as
 * a vector type's {@code __add}. The call counts as a call from C, as PUC's does (yields across
 * it fail, "C stack overflow" counts it). Operands that are not tables, and a left table
 * operand without the handler facing one that is not a table, take {@link LuaOps#arith}.
 */
public final class LuaArithMetaNode extends Node {
  private final int op;
  @Child private LuaFieldNode leftHandler;
  @Child private LuaFieldNode rightHandler;
  @Child private LuaDispatchNode dispatch = LuaDispatchNodeGen.create();

  public LuaArithMetaNode(int op) {
    this.op = op;
    this.leftHandler = new LuaFieldNode(LuaOps.arithEvent(op));
    this.rightHandler = new LuaFieldNode(LuaOps.arithEvent(op));
  }

  /** {@code a op b} where {@code a} is a table (both operands {@code a} for unary minus). */
  public Object execute(LuaTable a, Object b, LuaNode site, String descA, String descB) {
    LuaTable mt = a.getMetatable();
    Object h = mt == null ? null : leftHandler.get(mt);
    if (h == null && b instanceof LuaTable tb) {
      LuaTable mtb = tb.getMetatable();
      h = mtb == null ? null : rightHandler.get(mtb);
    }
    if (h instanceof LuaFunction f) {
      return call(f, a, b, site);
    }
    return LuaOps.arith(op, a, b, site, descA, descB);
  }

  private Object call(LuaFunction f, Object a, Object b, LuaNode site) {
    LuaContext context = LuaContext.get(this);
    LuaCalls.checkCCalls(context, ++context.cCalls, site);
    try {
      Object r = dispatch.execute(f, new Object[] {null, a, b});
      if (r instanceof LuaTailCall) {
        r = LuaCalls.finishTailCalls(site, r);
      }
      return LuaCalls.first(r);
    } catch (LuaError e) {
      metamethodFailed(e, site);
      throw e;
    } finally {
      context.cCalls--;
    }
  }

  /** As {@link LuaCalls#metaCall1}: a builtin handler's error is at the Lua code of the site. */
  @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
  private static void metamethodFailed(LuaError e, LuaNode site) {
    if (e.needsWhere()) {
      e.setWhere(site != null ? site.where() : "", null, false);
    }
    e.addMetaSite(site);
  }
}
