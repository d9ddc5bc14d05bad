package org.lunacy.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;

/**
 * {@code for v = start, limit, step do body end} (OP_FORPREP/OP_FORLOOP): the control values are
 * converted once, the index starts at {@code start - step} and adds {@code step} before each test
 * (so floating-point results match PUC's), the visible variable is a fresh copy each iteration.
 */
public final class LuaNumericForNode extends LuaStatementNode {
  @Child private LuaExpressionNode start;
  @Child private LuaExpressionNode limit;
  @Child private LuaExpressionNode step;
  @Child private LoopNode loop;
  private final Body bodyNode;
  private final int indexSlot;
  private final int limitSlot;
  private final int stepSlot;

  public LuaNumericForNode(
      LuaExpressionNode start,
      LuaExpressionNode limit,
      LuaExpressionNode step,
      LuaLocalVar var,
      int indexSlot,
      int limitSlot,
      int stepSlot,
      LuaStatementNode body) {
    this.start = start;
    this.limit = limit;
    this.step = step;
    this.indexSlot = indexSlot;
    this.limitSlot = limitSlot;
    this.stepSlot = stepSlot;
    this.bodyNode = new Body(var, indexSlot, limitSlot, stepSlot, body);
    this.loop = Truffle.getRuntime().createLoopNode(bodyNode);
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object a;
    Object b;
    Object c = 1.0;
    try {
      a = start.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    try {
      b = limit.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 1, a, null, null);
    }
    if (step != null) {
      try {
        c = step.execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, 2, a, b, null);
      }
    }
    return run(frame, a, b, c);
  }

  private Object run(VirtualFrame frame, Object start, Object limit, Object step) {
    double a = number(start, "initial value");
    double b = number(limit, "limit");
    double c = number(step, "step");
    frame.setDouble(indexSlot, a - c);
    frame.setDouble(limitSlot, b);
    frame.setDouble(stepSlot, c);
    return loop(frame);
  }

  private Object loop(VirtualFrame frame) {
    Object r;
    try {
      r = loop.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 3);
    }
    return r == BREAK || r == RepeatingNode.BREAK_LOOP_STATUS ? null : r;
  }

  @Override
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    LuaYield.Record r = co.pop(this);
    switch (r.phase) {
      case 0: {
        Object a;
        try {
          a = start.resume(frame, co);
        } catch (LuaYield y) {
          throw y.push(this, 0);
        }
        Object b;
        try {
          b = limit.execute(frame);
        } catch (LuaYield y) {
          throw y.push(this, 1, a, null, null);
        }
        Object c = 1.0;
        if (step != null) {
          try {
            c = step.execute(frame);
          } catch (LuaYield y) {
            throw y.push(this, 2, a, b, null);
          }
        }
        return run(frame, a, b, c);
      }
      case 1: {
        Object b;
        try {
          b = limit.resume(frame, co);
        } catch (LuaYield y) {
          throw y.push(this, 1, r.a, null, null);
        }
        Object c = 1.0;
        if (step != null) {
          try {
            c = step.execute(frame);
          } catch (LuaYield y) {
            throw y.push(this, 2, r.a, b, null);
          }
        }
        return run(frame, r.a, b, c);
      }
      case 2: {
        if (step == null) {
          throw LuaExpressionNode.notResumable(this);
        }
        Object c;
        try {
          c = step.resume(frame, co);
        } catch (LuaYield y) {
          throw y.push(this, 2, r.a, r.b, null);
        }
        return run(frame, r.a, r.b, c);
      }
      default: {
        Object res;
        try {
          res = bodyNode.resumeIteration(frame, co);
        } catch (LuaYield y) {
          throw y.push(this, 3);
        }
        if (res == RepeatingNode.CONTINUE_LOOP_STATUS) {
          return loop(frame);
        }
        return res == BREAK || res == RepeatingNode.BREAK_LOOP_STATUS ? null : res;
      }
    }
  }

  private double number(Object v, String what) {
    if (v instanceof Double d) {
      return d;
    }
    Double d = LuaOps.toNumber(v);
    if (d == null) {
      throw LuaOps.runtimeError(this, "'for' " + what + " must be a number");
    }
    return d;
  }

  private static final class Body extends Node implements RepeatingNode {
    private final LuaLocalVar var;
    private final int indexSlot;
    private final int limitSlot;
    private final int stepSlot;
    @Child private LuaStatementNode body;

    Body(LuaLocalVar var, int indexSlot, int limitSlot, int stepSlot, LuaStatementNode body) {
      this.var = var;
      this.indexSlot = indexSlot;
      this.limitSlot = limitSlot;
      this.stepSlot = stepSlot;
      this.body = body;
    }

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object executeRepeatingWithValue(VirtualFrame frame) {
      double lim = frame.getDouble(limitSlot);
      double st = frame.getDouble(stepSlot);
      double i = frame.getDouble(indexSlot) + st;
      if (st > 0 ? !(i <= lim) : !(lim <= i)) {
        return BREAK_LOOP_STATUS;
      }
      frame.setDouble(indexSlot, i);
      Object v = i;
      if (var.captured) {
        frame.setObject(var.slot, new LuaCell(v));
      } else {
        frame.setObject(var.slot, v);
      }
      Object c;
      try {
        c = body.execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, 0);
      }
      return c != null ? c : CONTINUE_LOOP_STATUS;
    }

    Object resumeIteration(VirtualFrame frame, LuaCoroutine co) {
      co.pop(this);
      Object c;
      try {
        c = body.resume(frame, co);
      } catch (LuaYield y) {
        throw y.push(this, 0);
      }
      return c != null ? c : CONTINUE_LOOP_STATUS;
    }
  }
}
