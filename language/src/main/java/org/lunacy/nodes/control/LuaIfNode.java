package org.lunacy.nodes.control;

import org.lunacy.runtime.LuaHooks;
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

  public LuaExpressionNode getCondition() {
    return cond;
  }

  public LuaStatementNode getThen() {
    return then;
  }

  public LuaStatementNode getOtherwise() {
    return otherwise;
  }

  /** Whether the condition is a constant true value: PUC has no test, so no line event. */
  private final boolean constant;

  public LuaIfNode(
      LuaExpressionNode cond,
      LuaStatementNode then,
      LuaStatementNode otherwise,
      boolean constant) {
    this.cond = cond;
    this.then = then;
    this.otherwise = otherwise;
    this.constant = constant;
  }

  /** Whether the condition is a constant true value, which has no code of its own. */
  public boolean hasConstantCondition() {
    return constant;
  }

  /** Phases of a yield: 0 in the condition, 1 in the then branch, 2 in the else branch. */
  @Override
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    int phase = co == null ? 0 : resumePhase(co);
    boolean c;
    if (phase == 0) {
      try {
        c = LuaOps.isTrue(cond.execute(frame));
      } catch (LuaYield y) {
        return suspend(y, 0);
      }
    } else {
      c = phase == 1;
    }
    if (profile.profile(c)) {
      Object r = then.execute(frame);
      return isYield(r) ? suspend((LuaYield) r, 1) : r;
    } else if (otherwise != null) {
      if (otherwise instanceof LuaIfNode elseif
          && !elseif.hasConstantCondition()
          && LuaHooks.enabled()) {
        LuaHooks.lineAt(otherwise); // the test of an elseif, on its line
      }
      Object r = otherwise.execute(frame);
      return isYield(r) ? suspend((LuaYield) r, 2) : r;
    }
    return null;
  }
}
