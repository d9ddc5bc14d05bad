package org.lunacy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.access.LuaAssignTargetNode;
import org.lunacy.runtime.LuaFunction;

/** Assignment to an upvalue (OP_SETUPVAL). */
public final class LuaUpvalueWriteNode extends LuaAssignTargetNode {
  private final int index;

  public LuaUpvalueWriteNode(int index) {
    this.index = index;
  }

  @Override
  public void assign(VirtualFrame frame, Object prepared, Object value) {
    ((LuaFunction) frame.getArguments()[0]).upvalues[index].value = value;
  }
}
