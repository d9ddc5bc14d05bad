package org.lunacy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;

/** {@code a and b}, {@code a or b}: short-circuit, yielding one of the operands. */
public final class LuaLogicalNode extends LuaExpressionNode {
  @Child private LuaExpressionNode left;
  @Child private LuaExpressionNode right;
  private final boolean isAnd;
  private final CountingConditionProfile profile = CountingConditionProfile.create();

  public LuaLogicalNode(LuaExpressionNode left, LuaExpressionNode right, boolean isAnd) {
    this.left = left;
    this.right = right;
    this.isAnd = isAnd;
  }

  /** Phases of a yield: 0 in the left operand, 1 in the right one. */
  @Override
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    Object a = null;
    boolean evaluateRight;
    if (co != null && resumePhase(co) == 1) {
      evaluateRight = true;
    } else {
      try {
        a = left.execute(frame);
      } catch (LuaYield y) {
        throw suspend(y, 0);
      }
      evaluateRight = profile.profile(LuaOps.isTrue(a) == isAnd);
    }
    if (evaluateRight) {
      try {
        return right.execute(frame);
      } catch (LuaYield y) {
        throw suspend(y, 1);
      }
    }
    return a;
  }
}
