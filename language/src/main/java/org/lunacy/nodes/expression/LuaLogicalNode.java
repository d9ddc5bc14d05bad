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

  @Override
  public Object execute(VirtualFrame frame) {
    Object a;
    try {
      a = left.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    return decide(frame, a);
  }

  private Object decide(VirtualFrame frame, Object a) {
    if (profile.profile(LuaOps.isTrue(a) == isAnd)) {
      try {
        return right.execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, 1);
      }
    }
    return a;
  }

  @Override
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    if (co.pop(this).phase == 0) {
      Object a;
      try {
        a = left.resume(frame, co);
      } catch (LuaYield y) {
        throw y.push(this, 0);
      }
      return decide(frame, a);
    }
    try {
      return right.resume(frame, co);
    } catch (LuaYield y) {
      throw y.push(this, 1);
    }
  }
}
