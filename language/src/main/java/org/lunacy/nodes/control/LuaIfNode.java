package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;

/** {@code if cond then a else b end} (one arm; elseif chains nest). */
public final class LuaIfNode extends LuaStatementNode {
  @Child private LuaExpressionNode cond;
  @Child private LuaStatementNode then;
  @Child private LuaStatementNode otherwise;
  private final CountingConditionProfile profile = CountingConditionProfile.create();

  public LuaIfNode(LuaExpressionNode cond, LuaStatementNode then, LuaStatementNode otherwise) {
    this.cond = cond;
    this.then = then;
    this.otherwise = otherwise;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    boolean c;
    try {
      c = LuaOps.isTrue(cond.execute(frame));
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    return branch(frame, c);
  }

  private Object branch(VirtualFrame frame, boolean c) {
    if (profile.profile(c)) {
      try {
        return then.execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, 1);
      }
    } else if (otherwise != null) {
      try {
        return otherwise.execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, 2);
      }
    }
    return null;
  }

  @Override
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    int phase = co.pop(this).phase;
    try {
      switch (phase) {
        case 0:
          boolean c;
          try {
            c = LuaOps.isTrue(cond.resume(frame, co));
          } catch (LuaYield y) {
            throw y.push(this, 0);
          }
          return branch(frame, c);
        case 1:
          return then.resume(frame, co);
        default:
          if (otherwise == null) {
            throw LuaExpressionNode.notResumable(this);
          }
          return otherwise.resume(frame, co);
      }
    } catch (LuaYield y) {
      if (phase == 0) {
        throw y;
      }
      throw y.push(this, phase);
    }
  }
}
