package org.lunacy.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;

/**
 * {@code while cond do body end} and {@code repeat body until cond} (the condition of {@code
 * repeat} sees the body's locals: it runs in the same frame after the body).
 */
public final class LuaWhileNode extends LuaStatementNode {
  @Child private LoopNode loop;

  public LuaWhileNode(LuaExpressionNode cond, LuaStatementNode body, boolean repeat) {
    this.loop = Truffle.getRuntime().createLoopNode(new Body(cond, body, repeat));
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object r;
    try {
      org.lunacy.nodes.lbbv.LuaVersionedBlockNode.enterLoop(((Body) loop.getRepeatingNode()).body, frame);
      r = loop.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    return r == BREAK || r == RepeatingNode.BREAK_LOOP_STATUS ? null : r;
  }

  @Override
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    co.pop(this);
    Object r;
    try {
      r = ((Body) loop.getRepeatingNode()).resumeIteration(frame, co);
      if (r == RepeatingNode.CONTINUE_LOOP_STATUS) {
        org.lunacy.nodes.lbbv.LuaVersionedBlockNode.enterLoop(((Body) loop.getRepeatingNode()).body, frame);
      r = loop.execute(frame);
      }
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    return r == BREAK || r == RepeatingNode.BREAK_LOOP_STATUS ? null : r;
  }

  public LuaExpressionNode getCondition() {
    return ((Body) loop.getRepeatingNode()).cond;
  }

  public LuaStatementNode getBody() {
    return ((Body) loop.getRepeatingNode()).body;
  }

  private static final class Body extends Node implements RepeatingNode {
    @Child private LuaExpressionNode cond;
    @Child private LuaStatementNode body;
    private final boolean repeat;

    Body(LuaExpressionNode cond, LuaStatementNode body, boolean repeat) {
      this.cond = cond;
      this.body = body;
      this.repeat = repeat;
    }

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object executeRepeatingWithValue(VirtualFrame frame) {
      if (!repeat && !test(frame, 0)) {
        return BREAK_LOOP_STATUS;
      }
      return afterTest(frame);
    }

    private boolean test(VirtualFrame frame, int phase) {
      try {
        return LuaOps.isTrue(cond.execute(frame));
      } catch (LuaYield y) {
        throw y.push(this, phase);
      }
    }

    private Object afterTest(VirtualFrame frame) {
      Object c;
      try {
        c = body.execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, 1);
      }
      return afterBody(frame, c);
    }

    private Object afterBody(VirtualFrame frame, Object c) {
      if (c != null) {
        return c;
      }
      if (repeat && test(frame, 2)) {
        return BREAK_LOOP_STATUS;
      }
      return CONTINUE_LOOP_STATUS;
    }

    Object resumeIteration(VirtualFrame frame, LuaCoroutine co) {
      int phase = co.pop(this).phase;
      switch (phase) {
        case 0:
          boolean t;
          try {
            t = LuaOps.isTrue(cond.resume(frame, co));
          } catch (LuaYield y) {
            throw y.push(this, 0);
          }
          return t ? afterTest(frame) : BREAK_LOOP_STATUS;
        case 1:
          Object c;
          try {
            c = body.resume(frame, co);
          } catch (LuaYield y) {
            throw y.push(this, 1);
          }
          return afterBody(frame, c);
        default:
          boolean done;
          try {
            done = LuaOps.isTrue(cond.resume(frame, co));
          } catch (LuaYield y) {
            throw y.push(this, 2);
          }
          return done ? BREAK_LOOP_STATUS : CONTINUE_LOOP_STATUS;
      }
    }
  }
}
