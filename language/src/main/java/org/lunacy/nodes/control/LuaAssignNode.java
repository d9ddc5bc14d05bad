package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.access.LuaAssignTargetNode;
import org.lunacy.nodes.call.LuaCallNode;
import org.lunacy.nodes.util.LuaExpressionListNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaYield;

/**
 * Assignment and {@code local} declarations: {@code t1, ..., tn = e1, ..., em}. As in PUC the
 * targets' tables and keys are evaluated first, then the values (adjusted to n), then the stores
 * run from the last target to the first.
 */
public final class LuaAssignNode extends LuaStatementNode {
  @Children private final LuaAssignTargetNode[] targets;
  @Child private LuaExpressionListNode values;
  @Child private LuaExpressionNode single;

  /** A {@code function name() ... end} statement: its store has the statement's line. */
  private boolean functionStatement;

  public void setFunctionStatement() {
    functionStatement = true;
  }

  public boolean isFunctionStatement() {
    return functionStatement;
  }

  /**
   * A {@code local} statement that gives only nils and for which PUC emits no instruction (at the
   * start of a function, or merged into the previous statement's OP_LOADNIL): no line event.
   */
  private boolean noCode;

  public void setNoCode() {
    noCode = true;
  }

  public boolean isNoCode() {
    return noCode;
  }

  public LuaAssignTargetNode[] getTargets() {
    return targets;
  }

  /** The value expressions, in order. */
  public LuaExpressionNode[] getValueNodes() {
    return single != null ? new LuaExpressionNode[] {single} : values.getExpressions();
  }

  public LuaAssignNode(LuaAssignTargetNode[] targets, LuaExpressionNode[] values) {
    this.targets = targets;
    if (targets.length == 1 && values.length == 1) {
      this.single = values[0];
    } else {
      this.values = new LuaExpressionListNode(values);
    }
  }

  /**
   * Phases of a yield: 0 preparing target {@code b} (its table and key; with the targets
   * prepared so far), 1 evaluating the values (with the prepared targets).
   */
  @Override
  @ExplodeLoop
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    int phase = co == null ? 0 : resumePhase(co);
    if (single != null) {
      LuaAssignTargetNode t = targets[0];
      Object p;
      if (phase == 1) {
        p = co.saved(0);
      } else {
        try {
          p = t.prepare(frame);
        } catch (LuaYield y) {
          return suspend(y, 0);
        }
      }
      Object v;
      try {
        v = single instanceof LuaCallNode call ? call.executeOrYield(frame) : single.execute(frame);
      } catch (LuaYield y) {
        return suspend(y, 1, p, null, null);
      }
      if (isYield(v)) {
        return suspend((LuaYield) v, 1, p, null, null);
      }
      if (functionStatement && LuaHooks.enabled()) {
        LuaHooks.line(this, getLine());
      }
      t.assign(frame, p, v);
      return null;
    }
    Object[] prepared;
    int start = 0;
    if (co == null) {
      prepared = new Object[targets.length];
    } else {
      prepared = (Object[]) co.saved(0);
      start = phase == 1 ? targets.length : (Integer) co.saved(1);
    }
    for (int i = 0; i < targets.length; i++) {
      if (i < start) {
        continue;
      }
      try {
        prepared[i] = targets[i].prepare(frame);
      } catch (LuaYield y) {
        return suspend(y, 0, prepared, i, null);
      }
    }
    Object[] vals;
    try {
      vals = values.evaluate(frame, targets.length);
    } catch (LuaYield y) {
      return suspend(y, 1, prepared, null, null);
    }
    for (int i = targets.length - 1; i >= 0; i--) {
      targets[i].assign(frame, prepared[i], vals[i]);
    }
    return null;
  }
}
