package org.lunacy.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaNode;

/**
 * The left side of an assignment. {@link #prepare} evaluates the parts that PUC evaluates before
 * the right-hand side (table and key), {@link #assign} stores.
 */
public abstract class LuaAssignTargetNode extends LuaNode {
  /** Evaluates table and key (null for variables). */
  public Object prepare(VirtualFrame frame) {
    return null;
  }

  public abstract void assign(VirtualFrame frame, Object prepared, Object value);
}
