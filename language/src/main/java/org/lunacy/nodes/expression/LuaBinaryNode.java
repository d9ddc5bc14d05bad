package org.lunacy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaYield;

/**
 * A binary operator: evaluates both operands left to right, then applies its {@link
 * LuaBinaryOpNode}. A yield in the right operand keeps the left value.
 */
public final class LuaBinaryNode extends LuaExpressionNode {
  @Child private LuaExpressionNode left;
  @Child private LuaExpressionNode right;
  @Child private LuaBinaryOpNode op;

  public LuaBinaryNode(LuaExpressionNode left, LuaExpressionNode right, LuaBinaryOpNode op) {
    this.left = left;
    this.right = right;
    this.op = op;
    this.countChecks =
        org.lunacy.nodes.lbbv.LuaTypeChecks.enabled
            && (op instanceof LuaArithNode || op instanceof LuaCompareNode);
  }

  /** Whether this operator's operand type tests are counted (--lua.CountTypeChecks). */
  private final boolean countChecks;

  public LuaExpressionNode getLeft() {
    return left;
  }

  public LuaExpressionNode getRight() {
    return right;
  }

  public LuaBinaryOpNode getOp() {
    return op;
  }

  /** Phases of a yield: 0 in the left operand, 1 in the right one (with the left value). */
  @Override
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    Object a;
    if (co != null && resumePhase(co) == 1) {
      a = co.saved(0);
    } else {
      try {
        a = left.execute(frame);
      } catch (LuaYield y) {
        throw suspend(y, 0);
      }
    }
    Object b;
    try {
      b = right.execute(frame);
    } catch (LuaYield y) {
      throw suspend(y, 1, a, null, null);
    }
    if (countChecks) {
      org.lunacy.nodes.lbbv.LuaTypeChecks.add(2);
    }
    return op.execute(a, b);
  }
}
