package org.lunacy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaOps;

/** {@code not a}. */
public final class LuaNotNode extends LuaExpressionNode {
  @Child private LuaExpressionNode operand;

  public LuaNotNode(LuaExpressionNode operand) {
    this.operand = operand;
  }

  public LuaExpressionNode getOperand() {
    return operand;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    return !LuaOps.isTrue(operand.execute(frame));
  }
}
