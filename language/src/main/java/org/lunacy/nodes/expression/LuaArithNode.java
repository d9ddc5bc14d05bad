package org.lunacy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaTypeSystem;
import org.lunacy.runtime.LuaOps;

/**
 * {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}, {@code a % b}, {@code a ^ b}
 * (OP_ADD..OP_POW, luaV_arith): doubles directly, everything else (numeric strings,
 * metamethods, errors) through {@link LuaOps#arith}.
 */
@TypeSystemReference(LuaTypeSystem.class)
public abstract class LuaArithNode extends LuaBinaryOpNode {
  private final int op;
  private final String leftDesc;
  private final String rightDesc;

  protected LuaArithNode(int op, String leftDesc, String rightDesc) {
    this.op = op;
    this.leftDesc = leftDesc;
    this.rightDesc = rightDesc;
  }

  public int getOperation() {
    return op;
  }

  /** How error messages name the operands ("local 'x'"), or null. */
  public String[] getOperandDescriptions() {
    return new String[] {leftDesc, rightDesc};
  }

  @Specialization
  protected double doDoubles(double a, double b) {
    return LuaOps.arithRaw(op, a, b);
  }

  @Fallback
  protected Object doGeneric(Object a, Object b) {
    if (a instanceof org.lunacy.runtime.LuaTable t) {
      return meta(op).execute(t, b, site(), leftDesc, rightDesc);
    }
    return LuaOps.arith(op, a, b, site(), leftDesc, rightDesc);
  }

  /** The metamethod path of a table operand, made when the first one comes. */
  @com.oracle.truffle.api.nodes.Node.Child private LuaArithMetaNode meta;

  private LuaArithMetaNode meta(int operation) {
    LuaArithMetaNode m = meta;
    if (m == null) {
      com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
      m = insert(new LuaArithMetaNode(operation));
      meta = m;
    }
    return m;
  }


  private LuaNode site() {
    return (LuaNode) getParent();
  }
}
