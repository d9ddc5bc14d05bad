package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.access.LuaAssignTargetNode;
import org.lunacy.nodes.util.LuaExpressionListNode;
import org.lunacy.runtime.LuaCoroutine;
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

  public LuaAssignNode(LuaAssignTargetNode[] targets, LuaExpressionNode[] values) {
    this.targets = targets;
    if (targets.length == 1 && values.length == 1) {
      this.single = values[0];
    } else {
      this.values = new LuaExpressionListNode(values);
    }
  }

  @Override
  @ExplodeLoop
  public Object execute(VirtualFrame frame) {
    if (single != null) {
      LuaAssignTargetNode t = targets[0];
      Object p;
      try {
        p = t.prepare(frame);
      } catch (LuaYield y) {
        throw y.push(this, 0, null, null, null);
      }
      Object v;
      try {
        v = single.execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, 1, new Object[] {p}, null, null);
      }
      t.assign(frame, p, v);
      return null;
    }
    Object[] prepared = new Object[targets.length];
    for (int i = 0; i < targets.length; i++) {
      try {
        prepared[i] = targets[i].prepare(frame);
      } catch (LuaYield y) {
        throw y.push(this, 0, prepared, i, null);
      }
    }
    return store(frame, prepared, evaluateValues(frame, prepared));
  }

  private Object[] evaluateValues(VirtualFrame frame, Object[] prepared) {
    try {
      return values.evaluate(frame, targets.length);
    } catch (LuaYield y) {
      throw y.push(this, 1, prepared, null, null);
    }
  }

  @ExplodeLoop
  private Object store(VirtualFrame frame, Object[] prepared, Object[] vals) {
    for (int i = targets.length - 1; i >= 0; i--) {
      targets[i].assign(frame, prepared[i], vals[i]);
    }
    return null;
  }

  @Override
  @ExplodeLoop
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    LuaYield.Record r = co.pop(this);
    if (single != null) {
      LuaAssignTargetNode t = targets[0];
      Object p;
      if (r.phase == 0) {
        try {
          p = t.resumePrepare(frame, co);
        } catch (LuaYield y) {
          throw y.push(this, 0, null, null, null);
        }
        Object v;
        try {
          v = single.execute(frame);
        } catch (LuaYield y) {
          throw y.push(this, 1, new Object[] {p}, null, null);
        }
        t.assign(frame, p, v);
        return null;
      }
      p = ((Object[]) r.a)[0];
      Object v;
      try {
        v = single.resume(frame, co);
      } catch (LuaYield y) {
        throw y.push(this, 1, r.a, null, null);
      }
      t.assign(frame, p, v);
      return null;
    }
    Object[] prepared = (Object[]) r.a;
    if (r.phase == 0) {
      int start = (Integer) r.b;
      for (int i = 0; i < targets.length; i++) {
        if (i < start) {
          continue;
        }
        try {
          prepared[i] = i == start ? targets[i].resumePrepare(frame, co) : targets[i].prepare(frame);
        } catch (LuaYield y) {
          throw y.push(this, 0, prepared, i, null);
        }
      }
      return store(frame, prepared, evaluateValues(frame, prepared));
    }
    Object[] vals;
    try {
      vals = values.resume(frame, co, targets.length);
    } catch (LuaYield y) {
      throw y.push(this, 1, prepared, null, null);
    }
    return store(frame, prepared, vals);
  }
}
