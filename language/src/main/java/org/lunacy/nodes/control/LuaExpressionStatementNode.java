package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;

/** A function call used as a statement; its results are dropped. */
public final class LuaExpressionStatementNode extends LuaStatementNode {
  @Child private LuaExpressionNode expr;

  public LuaExpressionStatementNode(LuaExpressionNode expr) {
    this.expr = expr;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    expr.executeMulti(frame);
    return null;
  }
}
