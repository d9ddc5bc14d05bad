package org.lunacy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.lunacy.LuaContext;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.call.LuaDispatchNode;
import org.lunacy.nodes.call.LuaDispatchNodeGen;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.nodes.util.LuaExpressionListNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTailCall;
import org.lunacy.runtime.LuaYield;

/**
 * {@code for v1, ..., vn in explist do body end} (OP_TFORLOOP): calls the iterator with the state
 * and the control variable until its first result is nil. As in PUC the iterator call is a call
 * from C (luaD_call): a coroutine cannot yield inside the iterator itself.
 */
public final class LuaGenericForNode extends LuaStatementNode {
  @Child private LuaExpressionListNode exprs;
  @Child private LoopNode loop;
  private final int fnSlot;
  private final int stateSlot;
  private final int controlSlot;

  public LuaGenericForNode(
      LuaExpressionListNode exprs,
      int fnSlot,
      int stateSlot,
      int controlSlot,
      LuaLocalVar[] vars,
      LuaStatementNode body) {
    this.exprs = exprs;
    this.fnSlot = fnSlot;
    this.stateSlot = stateSlot;
    this.controlSlot = controlSlot;
    this.loop = Truffle.getRuntime().createLoopNode(new Body(fnSlot, stateSlot, controlSlot, vars, body));
  }

  /**
   * Phases of a yield: 0 in the expression list, 1 in the body. A resume in the body goes
   * straight back into the loop, whose first iteration continues the body.
   */
  @Override
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    if (co == null || resumePhase(co) == 0) {
      Object[] init;
      try {
        init = exprs.evaluate(frame, 3);
      } catch (LuaYield y) {
        return suspend(y, 0);
      }
      frame.setObject(fnSlot, init[0]);
      frame.setObject(stateSlot, init[1]);
      frame.setObject(controlSlot, init[2]);
    }
    org.lunacy.nodes.lbbv.LuaVersionedBlockNode.enterLoop(((Body) loop.getRepeatingNode()).body, frame);
    Object r = loop.execute(frame);
    if (isYield(r)) {
      return suspend((LuaYield) r, 1);
    }
    return r == BREAK || r == RepeatingNode.BREAK_LOOP_STATUS ? null : r;
  }

  /** The slots of the hidden locals "(for generator)", "(for state)" and "(for control)". */
  public int[] getControlSlots() {
    return new int[] {fnSlot, stateSlot, controlSlot};
  }

  /** The expression list that starts the loop. */
  public LuaExpressionListNode getExpressions() {
    return exprs;
  }

  public LuaLocalVar[] getVars() {
    return ((Body) loop.getRepeatingNode()).vars;
  }

  public LuaStatementNode getBody() {
    return ((Body) loop.getRepeatingNode()).body;
  }

  private static final class Body extends LuaNode
      implements RepeatingNode, org.lunacy.runtime.LuaStack.TailDispatcher {
    private final int fnSlot;
    private final int stateSlot;
    private final int controlSlot;

    @CompilerDirectives.CompilationFinal(dimensions = 1)
    private final LuaLocalVar[] vars;

    @Child private LuaStatementNode body;
    @Child private LuaDispatchNode dispatch = LuaDispatchNodeGen.create();
    @Child private LuaDispatchNode tailDispatch;

    Body(int fnSlot, int stateSlot, int controlSlot, LuaLocalVar[] vars, LuaStatementNode body) {
      this.fnSlot = fnSlot;
      this.stateSlot = stateSlot;
      this.controlSlot = controlSlot;
      this.vars = vars;
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
        if (LuaHooks.enabled()) {
          LuaHooks.lineAt(this);
        }
        if (!next(frame)) {
          if (LuaHooks.enabled()) {
            LuaHooks.loopExit(this);
          }
          return BREAK_LOOP_STATUS;
        }
        if (LuaHooks.enabled()) {
          LuaHooks.jumpBack(this);
        }
      }
      Object c = body.execute(frame);
      return c != null ? c : CONTINUE_LOOP_STATUS;
    }

    /** Calls the iterator and sets the variables; false when its first result is nil. */
    @ExplodeLoop
    private boolean next(VirtualFrame frame) {
      Object fn = frame.getObject(fnSlot);
      Object[] args = new Object[] {null, frame.getObject(stateSlot), frame.getObject(controlSlot)};
      LuaContext context = LuaContext.get(this);
      Object r;
      // OP_TFORLOOP calls the iterator with luaD_call
      int cCalls = ++context.cCalls;
      if (cCalls >= LuaCalls.MAX_C_CALLS) {
        LuaCalls.checkCCalls(context, cCalls, findOwner());
      }
      try {
        r = dispatch.execute(fn, args);
        if (r == null) {
          throw LuaOps.typeError(findOwner(), fn, "call", null);
        }
        int tails = 0;
        while (r instanceof LuaTailCall tc) {
          // the iterator's tail calls: "(tail call)" levels between the loop and the callee
          tails += 1 + tc.hidden;
          org.lunacy.runtime.LuaStack.tailCalled(frame, tailsSlot(), tails, tc.site, this);
          try {
            r = tailDispatch().execute(tc.function, tc.arguments);
          } catch (LuaError e) {
            org.lunacy.runtime.LuaStack.errorLeftTailCall(e, tc.function, tails);
            throw e;
          }
          if (r == null) {
            throw LuaOps.typeError(findOwner(), tc.function, "call", null);
          }
        }
      } catch (LuaError e) {
        if (e.needsWhere()) {
          complete(e);
        }
        throw e;
      } finally {
        context.cCalls--;
      }
      Object first = LuaCalls.first(r);
      if (first == LuaNil.NIL) {
        // as OP_TFORLOOP leaves nils in the result registers: the last key is not kept alive
        frame.setObject(controlSlot, LuaNil.NIL);
        for (int i = 0; i < vars.length; i++) {
          if (!vars[i].captured) {
            frame.setObject(vars[i].slot, LuaNil.NIL);
          }
        }
        return false;
      }
      frame.setObject(controlSlot, first);
      Object[] results = r instanceof Object[] values ? values : null;
      for (int i = 0; i < vars.length; i++) {
        Object v = i == 0 ? first : results != null && i < results.length ? results[i] : LuaNil.NIL;
        LuaLocalVar var = vars[i];
        frame.setObject(var.slot, var.captured ? new LuaCell(v) : v);
      }
      return true;
    }

    private LuaDispatchNode tailDispatch() {
      if (tailDispatch == null) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        tailDispatch = insert(LuaDispatchNodeGen.create());
      }
      return tailDispatch;
    }

    /** The root's slot for the count of a tail call chain; -2 until known, -1 for none. */
    @CompilerDirectives.CompilationFinal private int tailsSlot = -2;

    private int tailsSlot() {
      if (tailsSlot == -2) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        tailsSlot =
            getRootNode() instanceof org.lunacy.nodes.LuaFunctionRootNode r
                ? r.getTailsSlot()
                : -1;
      }
      return tailsSlot;
    }

    /** OP_TFORLOOP names its register A: the hidden local "(for generator)". */
    @Override
    public String getCalleeDesc() {
      return "local '(for generator)'";
    }

    @Override
    public boolean isTailDispatchSite(Node site) {
      return org.lunacy.runtime.LuaStack.isWithin(site, tailDispatch, this);
    }

    @CompilerDirectives.TruffleBoundary
    private void complete(LuaError e) {
      LuaGenericForNode owner = findOwner();
      e.setWhere(owner == null ? "" : owner.where(), "(for generator)", false);
    }

    private LuaGenericForNode findOwner() {
      Node n = getParent();
      while (n != null && !(n instanceof LuaGenericForNode)) {
        n = n.getParent();
      }
      return (LuaGenericForNode) n;
    }
  }
}
