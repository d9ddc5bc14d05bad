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

  @Override
  public Object execute(VirtualFrame frame) {
    Object a;
    try {
      a = left.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    Object b;
    try {
      b = right.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 1, a, null, null);
    }
    if (countChecks) {
      org.lunacy.nodes.lbbv.LuaTypeChecks.add(2);
    }
    return op.execute(a, b);
  }

  @Override
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    LuaYield.Record r = co.pop(this);
    Object a;
    Object b;
    if (r.phase == 0) {
      try {
        a = left.resume(frame, co);
      } catch (LuaYield y) {
        throw y.push(this, 0);
      }
      try {
        b = right.execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, 1, a, null, null);
      }
    } else {
      a = r.a;
      try {
        b = right.resume(frame, co);
      } catch (LuaYield y) {
        throw y.push(this, 1, a, null, null);
      }
    }
    if (countChecks) {
      org.lunacy.nodes.lbbv.LuaTypeChecks.add(2);
    }
    return op.execute(a, b);
  }
}
