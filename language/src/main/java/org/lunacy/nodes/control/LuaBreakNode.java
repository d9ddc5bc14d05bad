package org.lunacy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaStatementNode;

/** {@code break}: completes with {@link #BREAK}, which the innermost loop consumes. */
public final class LuaBreakNode extends LuaStatementNode {
  @Override
  public Object execute(VirtualFrame frame) {
    return BREAK;
  }
}
