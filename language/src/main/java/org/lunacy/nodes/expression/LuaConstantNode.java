package org.lunacy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;

/** A literal: nil, true, false, a number or an (interned) string. */
public final class LuaConstantNode extends LuaExpressionNode {
  @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private Object value;

  public LuaConstantNode(Object value) {
    this.value = value;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    return value;
  }

  /** Replaces the value while the function is being translated (see the translator's zeros). */
  public void setValue(Object value) {
    this.value = value;
  }

  public Object getValue() {
    return value;
  }
}
