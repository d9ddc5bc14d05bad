package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaNil;

/** {@code local function f ... end}: the local exists before the closure, so it can recurse. */
public final class LuaLocalFunctionNode extends LuaStatementNode {
  private final LuaLocalVar var;
  @Child private LuaExpressionNode closure;

  public LuaLocalVar getVar() {
    return var;
  }

  public LuaLocalFunctionNode(LuaLocalVar var, LuaExpressionNode closure) {
    this.var = var;
    this.closure = closure;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (var.captured) {
      LuaCell cell = new LuaCell(LuaNil.NIL);
      frame.setObject(var.slot, cell);
      cell.value = closure.execute(frame);
    } else {
      frame.setObject(var.slot, closure.execute(frame));
    }
    return null;
  }
}
