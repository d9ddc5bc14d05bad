package org.lunacy.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** An expression: {@link #execute} gives its single value (the first, for multi-valued ones). */
@TypeSystemReference(LuaTypeSystem.class)
public abstract class LuaExpressionNode extends LuaNode {
  /** A PUC-style name of what this expression reads ("local 'x'"), for error messages. */
  protected String desc;

  public abstract Object execute(VirtualFrame frame);

  public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
    Object v = execute(frame);
    if (v instanceof Double d) {
      return d;
    }
    throw new UnexpectedResultException(v);
  }

  /** All values of a multi-valued expression (calls and {@code ...}). */
  public Object[] executeMulti(VirtualFrame frame) {
    return new Object[] {execute(frame)};
  }

  public boolean isMultiValued() {
    return false;
  }

  public static IllegalStateException notResumable(Object node) {
    CompilerDirectives.transferToInterpreter();
    return new IllegalStateException("not resumable: " + node);
  }

  public String getDesc() {
    return desc;
  }

  public void setDesc(String desc) {
    this.desc = desc;
  }
}
