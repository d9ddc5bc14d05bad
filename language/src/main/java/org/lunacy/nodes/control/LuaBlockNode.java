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

  @Override
  @ExplodeLoop
  public Object execute(VirtualFrame frame) {
    for (int i = 0; i < statements.length; i++) {
      Object c;
      try {
        c = statements[i].execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, i);
      }
      if (c != null) {
        return end(frame, c);
      }
    }
    return end(frame, null);
  }

  /** Continues at the statement that yielded (exploded, so each statement is a constant). */
  @Override
  @ExplodeLoop
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    int start = co.pop(this).phase;
    for (int i = 0; i < statements.length; i++) {
      if (i < start) {
        continue;
      }
      Object c;
      try {
        c = i == start ? statements[i].resume(frame, co) : statements[i].execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, i);
      }
      if (c != null) {
        return end(frame, c);
      }
    }
    return end(frame, null);
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
