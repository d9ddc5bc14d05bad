package org.lunacy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaHooks;
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
  private final int indexSlot;
  private final int limitSlot;
  private final int stepSlot;
  /** The line of {@code do}, where PUC's OP_FORPREP checks the control values. */
  private int prepLine;

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
    this.loop = Truffle.getRuntime().createLoopNode(new Body(var, indexSlot, limitSlot, stepSlot, body));
  }

  /**
   * Phases of a yield: 0-2 in the start, limit or step expression (with the values before it), 3
   * in the body. A resume in the body goes straight back into the loop, whose first iteration
   * continues the body.
   */
  @Override
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    int phase = co == null ? 0 : resumePhase(co);
    if (phase != 3) {
      Object a = phase > 0 ? co.saved(0) : null;
      Object b = phase > 1 ? co.saved(1) : null;
      Object c = null;
      if (phase == 0) {
        try {
          a = start.execute(frame);
        } catch (LuaYield y) {
          return suspend(y, 0);
        }
      }
      if (phase <= 1) {
        try {
          b = limit.execute(frame);
        } catch (LuaYield y) {
          return suspend(y, 1, a, null, null);
        }
      }
      if (step != null) {
        try {
          c = step.execute(frame);
        } catch (LuaYield y) {
          return suspend(y, 2, a, b, null);
        }
      }
      double from = number(a, "initial value");
      double to = number(b, "limit");
      double by = step == null ? 1.0 : number(c, "step");
      frame.setDouble(indexSlot, from - by);
      frame.setDouble(limitSlot, to);
      frame.setDouble(stepSlot, by);
    }
    org.lunacy.nodes.lbbv.LuaVersionedBlockNode.enterLoop(((Body) loop.getRepeatingNode()).body, frame);
    Object r = loop.execute(frame);
    if (isYield(r)) {
      return suspend((LuaYield) r, 3);
    }
    return r == BREAK || r == RepeatingNode.BREAK_LOOP_STATUS ? null : r;
  }

  public LuaNumericForNode withPrepLine(int doLine) {
    this.prepLine = doLine;
    return this;
  }

  public LuaExpressionNode[] getControlExpressions() {
    return new LuaExpressionNode[] {start, limit, step};
  }

  /** The slots of the hidden locals "(for index)", "(for limit)" and "(for step)". */
  public int[] getControlSlots() {
    return new int[] {indexSlot, limitSlot, stepSlot};
  }

  public LuaLocalVar getVar() {
    return ((Body) loop.getRepeatingNode()).var;
  }

  public LuaStatementNode getBody() {
    return ((Body) loop.getRepeatingNode()).body;
  }

  private double number(Object v, String what) {
    if (v instanceof Double d) {
      return d;
    }
    return convert(v, what);
  }

  @TruffleBoundary
  private double convert(Object v, String what) {
    Double d = LuaOps.toNumber(v);
    if (d == null) {
      String msg = "'for' " + what + " must be a number";
      throw prepLine > 0 ? LuaError.raw(whereAt(prepLine) + msg, this) : LuaOps.runtimeError(this, msg);
    }
    return d;
  }

  private static final class Body extends LuaNode implements RepeatingNode {
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

    /** An iteration; the first one of a resumed loop continues the body where it yielded. */
    @Override
    public Object executeRepeatingWithValue(VirtualFrame frame) {
      if (resuming(frame) == null) {
        double lim = frame.getDouble(limitSlot);
        double st = frame.getDouble(stepSlot);
        double i = frame.getDouble(indexSlot) + st;
        if (st > 0 ? !(i <= lim) : !(lim <= i)) {
          if (LuaHooks.enabled()) {
            LuaHooks.loopExit(this);
          }
          return BREAK_LOOP_STATUS;
        }
        frame.setDouble(indexSlot, i);
        if (var.captured) {
          frame.setObject(var.slot, new LuaCell(i));
        } else {
          frame.setDouble(var.slot, i);
        }
        if (LuaHooks.enabled()) {
          LuaHooks.jumpBack(this);
        }
      }
      Object c = body.execute(frame);
      if (c == null && LuaHooks.enabled()) {
        LuaHooks.lineAt(this); // OP_FORLOOP, on the line of 'for'
      }
      return c != null ? c : CONTINUE_LOOP_STATUS;
    }
  }
}
