package org.lunacy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaFunction;

/** A read of an upvalue (OP_GETUPVAL): a cell of the running closure. */
public final class LuaUpvalueReadNode extends LuaExpressionNode {
  private final int index;

  public LuaUpvalueReadNode(int index, String name) {
    this.index = index;
    this.desc = "upvalue '" + name + "'";
  }

  @Override
  public Object execute(VirtualFrame frame) {
    return ((LuaFunction) frame.getArguments()[0]).upvalues[index].value;
  }
}
