package org.lunacy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCell;

/** A read of a local variable: from its frame slot, or from the cell there if it is captured. */
public final class LuaLocalReadNode extends LuaExpressionNode {
  private final LuaLocalVar var;

  public LuaLocalReadNode(LuaLocalVar var) {
    this.var = var;
    this.desc = "local '" + var.name + "'";
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object v = frame.getObject(var.slot);
    return var.captured ? ((LuaCell) v).value : v;
  }

  public LuaLocalVar getVar() {
    return var;
  }
}
