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
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaTailCall;
import org.lunacy.runtime.LuaYield;

/**
 * {@code for v1, ..., vn in explist do body end} (OP_TFORLOOP): calls the iterator with the state
 * and the control variable until its first result is nil. As in PUC the iterator call is a call
 * from C (luaD_call): a coroutine cannot yield inside the iterator itself.
 */
public final class LuaGenericForNode extends LuaStatementNode {
  /** The {@link LuaFunction#state} of the iterator that {@code ipairs} returns. */
  public static final Object IPAIRS_ITERATOR = new Object();
  /** The {@link LuaFunction#state} of the {@code next} that {@code pairs} returns. */
  public static final Object NEXT_ITERATOR = new Object();

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
      if (init[2] instanceof Double d) {
        frame.setDouble(controlSlot, d);
      } else {
        frame.setObject(controlSlot, init[2]);
      }
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
    /** Which iterators this loop has run: {@link #SEEN_IPAIRS}, {@link #SEEN_NEXT}, others. */
    @CompilerDirectives.CompilationFinal private byte seen;
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

    private static final byte SEEN_IPAIRS = 1;
    private static final byte SEEN_NEXT = 2;
    private static final byte SEEN_OTHER = 4;

    /**
     * Runs the iterator and sets the variables; false when its first result is nil. The
     * iterators of {@code ipairs} and {@code pairs} over a table run right here, without a call
     * (nothing can tell: a builtin leaves no level behind, and hooks take the call).
     */
    private boolean next(VirtualFrame frame) {
      Object fn = frame.getObject(fnSlot);
      if (fn instanceof LuaFunction f
          && frame.getObject(stateSlot) instanceof LuaTable t
          && !LuaHooks.enabled()) {
        if (f.state == IPAIRS_ITERATOR && frame.isDouble(controlSlot)) {
          if ((seen & SEEN_IPAIRS) == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seen |= SEEN_IPAIRS;
          }
          // the index and an element of a numbers-only array part stay unboxed
          double i = frame.getDouble(controlSlot) + 1;
          int pos = t.arrayPosition(i);
          if (pos >= 0) {
            double n = t.arrayNumber(pos);
            if (!LuaTable.isHole(n)) {
              frame.setDouble(controlSlot, i);
              assignIndexed(frame, i, null, n);
              return true;
            }
          }
          Object v = pos >= 0 ? t.arrayValue(pos) : t.rawgetNumber(i);
          if (v == null) {
            return finish(frame);
          }
          frame.setDouble(controlSlot, i);
          assignIndexed(frame, i, v, 0);
          return true;
        }
        Object control = org.lunacy.nodes.local.LuaLocalReadNode.value(frame, controlSlot);
        if (f.state == NEXT_ITERATOR) {
          if ((seen & SEEN_NEXT) == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seen |= SEEN_NEXT;
          }
          // the position of the last key is kept in the frame, so the next one follows it
          // without a lookup while the table keeps that key there
          int cursor = cursorSlot(frame);
          int at;
          try {
            at = t.traversalPosition(control, frame.getAuxiliarySlot(cursor) instanceof Integer h ? h : -1);
          } catch (LuaTable.InvalidKeyException e) {
            return call(frame, fn); // the call raises the error
          }
          int p = t.nextOccupied(at);
          if (p < 0) {
            frame.setAuxiliarySlot(cursor, null);
            return finish(frame);
          }
          Object k = t.traversalKey(p);
          frame.setAuxiliarySlot(cursor, p);
          frame.setObject(controlSlot, k);
          assign(frame, k, t.traversalValue(p));
          return true;
        }
      }
      if ((seen & SEEN_OTHER) == 0) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seen |= SEEN_OTHER;
      }
      return call(frame, fn);
    }

    /** The auxiliary frame slot of this loop's traversal position (see {@link #next}). */
    @CompilerDirectives.CompilationFinal private int cursorSlot = -1;

    private int cursorSlot(VirtualFrame frame) {
      if (cursorSlot < 0) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        cursorSlot = frame.getFrameDescriptor().findOrAddAuxiliarySlot(this);
      }
      return cursorSlot;
    }

    /** The end of the loop: the iterator's first result was nil. */
    @ExplodeLoop
    private boolean finish(VirtualFrame frame) {
      // as OP_TFORLOOP leaves nils in the result registers: the last key is not kept alive
      frame.setObject(controlSlot, LuaNil.NIL);
      for (int i = 0; i < vars.length; i++) {
        if (!vars[i].captured) {
          frame.setObject(vars[i].slot, LuaNil.NIL);
        }
      }
      return false;
    }

    /**
     * Sets the variables to an index and its element: {@code value}, or the number {@code
     * number} when {@code value} is null (the rest nil). Numbers go into primitive slots.
     */
    @ExplodeLoop
    private void assignIndexed(VirtualFrame frame, double index, Object value, double number) {
      for (int i = 0; i < vars.length; i++) {
        LuaLocalVar var = vars[i];
        if (i == 0 || (i == 1 && value == null)) {
          double d = i == 0 ? index : number;
          if (var.captured) {
            frame.setObject(var.slot, new LuaCell(d));
          } else {
            frame.setDouble(var.slot, d);
          }
        } else {
          Object v = i == 1 ? value : LuaNil.NIL;
          frame.setObject(var.slot, var.captured ? new LuaCell(v) : v);
        }
      }
    }

    /** Sets the variables to an iterator's two results (the rest nil). */
    @ExplodeLoop
    private void assign(VirtualFrame frame, Object first, Object second) {
      for (int i = 0; i < vars.length; i++) {
        Object v = i == 0 ? first : i == 1 ? second : LuaNil.NIL;
        LuaLocalVar var = vars[i];
        frame.setObject(var.slot, var.captured ? new LuaCell(v) : v);
      }
    }

    /** Calls the iterator {@code fn} and sets the variables; false when its first result is nil. */
    @ExplodeLoop
    private boolean call(VirtualFrame frame, Object fn) {
      Object[] args =
          new Object[] {
            null,
            frame.getObject(stateSlot),
            org.lunacy.nodes.local.LuaLocalReadNode.value(frame, controlSlot)
          };
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
          org.lunacy.runtime.LuaStack.tailCalled(frame, tailsSlot(), tails, tc, this);
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
        return finish(frame);
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
