package org.lunacy.nodes.expression;

import com.oracle.truffle.api.nodes.Node;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.access.LuaFieldNode;
import org.lunacy.nodes.call.LuaMetaCallNode;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/**
 * The arithmetic metamethod of a table operand (call_binTM for OP_ADD..OP_UNM) through inline
 * caches: the handler is looked up in the operands' metatables with hash-slot witnesses and
 * called through a {@link LuaMetaCallNode}, so compiled code can inline a Lua metamethod such as
 * a vector type's {@code __add}. Operands that are not tables, and a left table operand without
 * the handler facing one that is not a table, take {@link LuaOps#arith}.
 */
public final class LuaArithMetaNode extends Node {
  private final int op;
  @Child private LuaFieldNode leftHandler;
  @Child private LuaFieldNode rightHandler;
  @Child private LuaMetaCallNode handler = new LuaMetaCallNode();

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
      return handler.call1(f, a, b, site);
    }
    return LuaOps.arith(op, a, b, site, descA, descB);
  }
}
