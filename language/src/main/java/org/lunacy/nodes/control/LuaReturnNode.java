package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.call.LuaCallNode;
import org.lunacy.nodes.util.LuaExpressionListNode;

/** {@code return e1, ..., en}; {@code return f(args)} returns a pending tail call. */
public final class LuaReturnNode extends LuaStatementNode {
  private static final Object[] NO_VALUES = new Object[0];

  @Child private LuaExpressionListNode values;
  @Child private LuaExpressionNode single;
  @Child private LuaCallNode tailCall;

  public LuaReturnNode(LuaExpressionNode[] values) {
    if (values.length == 1 && values[0] instanceof LuaCallNode call) {
      this.tailCall = call.asTailCall();
    } else if (values.length == 1 && !values[0].isMultiValued()) {
      this.single = values[0];
    } else if (values.length > 0) {
      this.values = new LuaExpressionListNode(values);
    }
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (tailCall != null) {
      return tailCall.executeTail(frame);
    } else if (single != null) {
      return new Object[] {single.execute(frame)};
    } else if (values != null) {
      return values.evaluateAll(frame);
    }
    return NO_VALUES;
  }
}
