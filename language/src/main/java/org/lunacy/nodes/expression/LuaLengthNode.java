package org.lunacy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/**
 * {@code #a} (OP_LEN): string length, table border (luaH_getn), or {@code __len} of userdata.
 * Compiled code holds only the kinds of operand the node has seen: a string length is a field
 * read, where the border search of a table is a loop.
 */
public final class LuaLengthNode extends LuaExpressionNode {
  @Child private LuaExpressionNode operand;

  @CompilationFinal private boolean seenTable;
  @CompilationFinal private boolean seenString;
  @CompilationFinal private boolean seenOther;

  public LuaLengthNode(LuaExpressionNode operand) {
    this.operand = operand;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object v = operand.execute(frame);
    if (v instanceof LuaTable t) {
      if (!seenTable) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenTable = true;
      }
      return (double) t.length();
    }
    if (v instanceof String s) {
      if (!seenString) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenString = true;
      }
      return (double) s.length();
    }
    if (!seenOther) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenOther = true;
    }
    return LuaOps.len(v, this, operand.getDesc());
  }
}
