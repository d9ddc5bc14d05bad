package org.lunacy.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;

/**
 * {@code while cond do body end} and {@code repeat body until cond} (the condition of {@code
 * repeat} sees the body's locals: it runs in the same frame after the body).
 */
public final class LuaWhileNode extends LuaStatementNode {
  @Child private LoopNode loop;

  /** Whether the condition is a constant true value: PUC has no test, so no line event. */
  private final boolean constant;

  public LuaWhileNode(
      LuaExpressionNode cond, LuaStatementNode body, boolean repeat, boolean constant) {
    this.loop = Truffle.getRuntime().createLoopNode(new Body(cond, body, repeat, constant));
    this.constant = constant;
  }

  /** Whether the condition is a constant true value, which has no code of its own. */
  public boolean hasConstantCondition() {
    return constant;
  }

  /**
   * The loop keeps no record: the record of its iteration says where a yield was, and a yield
   * ends the loop with itself as the completion.
   */
  @Override
  public Object execute(VirtualFrame frame) {
    org.lunacy.nodes.lbbv.LuaVersionedBlockNode.enterLoop(((Body) loop.getRepeatingNode()).body, frame);
    Object r = loop.execute(frame);
    return r == BREAK || r == RepeatingNode.BREAK_LOOP_STATUS ? null : r;
  }

  /** Whether this is {@code repeat ... until cond}. */
  public boolean isRepeat() {
    return ((Body) loop.getRepeatingNode()).repeat;
  }

  public LuaExpressionNode getCondition() {
    return ((Body) loop.getRepeatingNode()).cond;
  }

  public LuaStatementNode getBody() {
    return ((Body) loop.getRepeatingNode()).body;
  }

  private static final class Body extends LuaNode implements RepeatingNode {
    private static final int IN_WHILE_TEST = 0;
    private static final int IN_BODY = 1;
    private static final int IN_REPEAT_TEST = 2;

    @Child private LuaExpressionNode cond;
    @Child private LuaStatementNode body;
    private final boolean repeat;
    private final boolean constant;

    Body(LuaExpressionNode cond, LuaStatementNode body, boolean repeat, boolean constant) {
      this.cond = cond;
      this.body = body;
      this.repeat = repeat;
      this.constant = constant;
    }

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
      throw new UnsupportedOperationException();
    }

    /** One iteration; a resumed one continues in the part that yielded (its record's phase). */
    @Override
    public Object executeRepeatingWithValue(VirtualFrame frame) {
      LuaCoroutine co = resuming(frame);
      int phase = co == null ? IN_WHILE_TEST : resumePhase(co);
      if (!repeat && phase == IN_WHILE_TEST) {
        if (LuaHooks.enabled() && !constant) {
          LuaHooks.lineAt(this);
        }
        try {
          if (!test(frame)) {
            return BREAK_LOOP_STATUS;
          }
        } catch (LuaYield y) {
          return suspend(y, IN_WHILE_TEST);
        }
      }
      if (phase != IN_REPEAT_TEST) {
        Object c = body.execute(frame);
        if (c != null) {
          return isYield(c) ? suspend((LuaYield) c, IN_BODY) : c;
        }
      }
      if (repeat) {
        if (LuaHooks.enabled() && !constant) {
          LuaHooks.lineAt(this);
        }
        try {
          if (test(frame)) {
            return BREAK_LOOP_STATUS;
          }
        } catch (LuaYield y) {
          return suspend(y, IN_REPEAT_TEST);
        }
      }
      if (LuaHooks.enabled()) {
        LuaHooks.jumpBack(this);
      }
      return CONTINUE_LOOP_STATUS;
    }

    private boolean test(VirtualFrame frame) {
      return LuaOps.isTrue(cond.execute(frame));
    }
  }
}
