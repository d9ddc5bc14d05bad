package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaCoroutine;
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
   * statement is a constant). A block of one statement keeps no record.
   */
  @Override
  @ExplodeLoop
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
      Object c;
      try {
        c = statements[i].execute(frame);
      } catch (LuaYield y) {
        throw statements.length > 1 ? suspend(y, i) : y;
      }
      if (c != null) {
        return end(frame, c);
      }
    }
    return end(frame, null);
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
