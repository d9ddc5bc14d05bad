package org.lunacy.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaOps;

/** {@code -a} (OP_UNM): {@code __unm} receives the operand twice, as in PUC. */
@NodeChild("operand")
public abstract class LuaUnaryMinusNode extends LuaExpressionNode {
  private final String operandDesc;

  public String getOperandDescription() {
    return operandDesc;
  }

  protected LuaUnaryMinusNode(String operandDesc) {
    this.operandDesc = operandDesc;
  }

  public abstract LuaExpressionNode getOperand();

  public abstract Object executeEvaluated(Object operand);


  @Specialization
  protected double doDouble(double a) {
    return -a;
  }

  @Fallback
  protected Object doGeneric(Object a) {
    if (a instanceof org.lunacy.runtime.LuaTable t) {
      return meta(LuaOps.UNM).execute(t, t, this, operandDesc, operandDesc);
    }
    return LuaOps.arith(LuaOps.UNM, a, a, this, operandDesc, operandDesc);
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

}
