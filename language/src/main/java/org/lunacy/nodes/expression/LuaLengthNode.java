package org.lunacy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/** {@code #a} (OP_LEN): string length, table border (luaH_getn), or {@code __len} of userdata. */
public final class LuaLengthNode extends LuaExpressionNode {
  @Child private LuaExpressionNode operand;

  public LuaLengthNode(LuaExpressionNode operand) {
    this.operand = operand;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object v = operand.execute(frame);
    if (v instanceof LuaTable t) {
      return (double) t.length();
    }
    if (v instanceof String s) {
      return (double) s.length();
    }
    return LuaOps.len(v, this, operand.getDesc());
  }
}
