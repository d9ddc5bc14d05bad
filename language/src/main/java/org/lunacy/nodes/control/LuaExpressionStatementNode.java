package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.call.LuaCallNode;

/**
 * A function call used as a statement; its results are dropped. A yield inside it is its
 * completion.
 */
public final class LuaExpressionStatementNode extends LuaStatementNode {
  @Child private LuaExpressionNode expr;

  public LuaExpressionStatementNode(LuaExpressionNode expr) {
    this.expr = expr;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (expr instanceof LuaCallNode call) {
      return call.executeStatement(frame);
    }
    expr.executeMulti(frame);
    return null;
  }
}
