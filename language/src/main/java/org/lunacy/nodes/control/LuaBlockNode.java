package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaYield;

/** A block: its statements in order; the first non-null completion ends it. */
public final class LuaBlockNode extends LuaStatementNode {
  @Children private final LuaStatementNode[] statements;

  /** Slots of the block's own locals, cleared when it ends (they are dead, as in PUC). */
  @CompilationFinal(dimensions = 1)
  private int[] deadSlots;

  public LuaBlockNode(LuaStatementNode[] statements) {
    this.statements = statements;
  }

  /**
   * Runs the statements; a resumed block starts at the statement that yielded (exploded, so each
   * statement is a constant). A block of one statement keeps no record. The statements' exits
   * share one copy of the code after them (FULL_UNROLL, see LuaVersionedBlockNode#execute).
   */
  @Override
  @ExplodeLoop(kind = ExplodeLoop.LoopExplosionKind.FULL_UNROLL)
  public Object execute(VirtualFrame frame) {
    int start = 0;
    if (statements.length > 1) {
      LuaCoroutine co = resuming(frame);
      if (co != null) {
        start = resumePhase(co);
      }
    }
    for (int i = 0; i < statements.length; i++) {
      if (i < start) {
        continue;
      }
      if (LuaHooks.enabled()) {
        LuaHooks.statement(statements[i], startLine(statements[i]));
      }
      Object c;
      try {
        c = statements[i].execute(frame);
      } catch (LuaYield y) {
        // a yield thrown by an expression of a statement that keeps no record becomes this
        // block's completion: every body is a block, so the nodes above only see completions
        c = y;
      }
      if (c != null) {
        if (isYield(c)) {
          // the block's locals stay: the root saves the frame
          return statements.length > 1 ? suspend((LuaYield) c, i) : c;
        }
        return end(frame, c);
      }
    }
    return end(frame, null);
  }

  /**
   * The line of a statement's first instruction in PUC's code, for line hooks; 0 when that is
   * the closure of a function definition (OP_CLOSURE reports the line of its 'end') or for
   * {@code repeat}, which has no code of its own.
   */
  @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
  public static int startLine(LuaStatementNode s) {
    if (s instanceof LuaLocalFunctionNode
        || (s instanceof LuaWhileNode w && (w.isRepeat() || w.hasConstantCondition()))
        || (s instanceof LuaIfNode i && i.hasConstantCondition())
        || (s instanceof LuaAssignNode a && a.isNoCode())
        || (s instanceof LuaReturnNode r
            && r.getFirstValue() instanceof org.lunacy.nodes.expression.LuaFunctionNode)) {
      // 'return function() ... end' starts with OP_CLOSURE, on the line of the function's 'end'
      return 0;
    }
    if (s instanceof LuaAssignNode a
        && a.getValueNodes().length > 0
        && a.getValueNodes()[0] instanceof org.lunacy.nodes.expression.LuaFunctionNode) {
      boolean simple = true;
      for (var t : a.getTargets()) {
        if (t instanceof org.lunacy.nodes.access.LuaSetIndexNode ix && !ix.hasLocalObject()) {
          simple = false;
        }
      }
      if (simple) {
        return 0;
      }
    }
    return s.getLine();
  }

  public int[] getDeadSlots() {
    return deadSlots;
  }

  public void setDeadSlots(int[] slots) {
    this.deadSlots = slots;
  }

  @ExplodeLoop
  private Object end(VirtualFrame frame, Object completion) {
    if (deadSlots != null) {
      for (int slot : deadSlots) {
        frame.setObject(slot, LuaNil.NIL);
      }
    }
    return completion;
  }

  public LuaStatementNode[] getStatements() {
    return statements;
  }
}
