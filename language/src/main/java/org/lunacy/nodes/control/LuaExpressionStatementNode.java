package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaYield;

/** A function call used as a statement; its results are dropped. */
public final class LuaExpressionStatementNode extends LuaStatementNode {
  @Child private LuaExpressionNode expr;

  public LuaExpressionStatementNode(LuaExpressionNode expr) {
    this.expr = expr;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    try {
      expr.executeMulti(frame);
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    return null;
  }

  @Override
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    co.pop(this);
    try {
      expr.resumeMulti(frame, co);
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    return null;
  }
}
