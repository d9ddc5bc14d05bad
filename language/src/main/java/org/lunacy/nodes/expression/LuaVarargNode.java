package org.lunacy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaNil;

/** {@code ...} (OP_VARARG): the extra arguments kept by the function's root node. */
public final class LuaVarargNode extends LuaExpressionNode {
  private final int slot;

  public LuaVarargNode(int slot) {
    this.slot = slot;
  }

  @Override
  public boolean isMultiValued() {
    return true;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object[] v = (Object[]) frame.getObject(slot);
    return v.length == 0 ? LuaNil.NIL : v[0];
  }

  /** The extra arguments themselves, not to be modified. */
  public Object[] values(VirtualFrame frame) {
    return (Object[]) frame.getObject(slot);
  }

  @Override
  public Object[] executeMulti(VirtualFrame frame) {
    return ((Object[]) frame.getObject(slot)).clone();
  }
}
