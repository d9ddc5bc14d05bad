package org.lunacy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;

/** {@code (e)}: one value of a multi-valued expression. */
public final class LuaParenNode extends LuaExpressionNode {
  @Child private LuaExpressionNode expr;

  public LuaParenNode(LuaExpressionNode expr) {
    this.expr = expr;
    this.desc = expr.getDesc();
  }

  public LuaExpressionNode getExpr() {
    return expr;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    return expr.execute(frame);
  }
}
