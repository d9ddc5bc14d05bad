package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaYield;

/** A block: its statements in order; the first non-null completion ends it. */
public final class LuaBlockNode extends LuaStatementNode {
  @Children private final LuaStatementNode[] statements;

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
        return c;
      }
    }
    return null;
  }

  @Override
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    int start = co.pop(this).phase;
    Object c;
    try {
      c = statements[start].resume(frame, co);
    } catch (LuaYield y) {
      throw y.push(this, start);
    }
    if (c != null) {
      return c;
    }
    for (int i = start + 1; i < statements.length; i++) {
      try {
        c = statements[i].execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, i);
      }
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  public LuaStatementNode[] getStatements() {
    return statements;
  }
}
