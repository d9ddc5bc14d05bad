package org.lunacy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.lunacy.nodes.lbbv.LuaType;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCell;

/**
 * A read of a local variable: from its frame slot, or from the cell there if it is captured. A
 * local that is not captured keeps a number as a primitive double slot: a loop that updates a
 * number (a {@code for} variable, an accumulator) boxes nothing, even in an on-stack-replaced
 * loop, whose frame is a real object.
 */
public final class LuaLocalReadNode extends LuaExpressionNode {
  private final LuaLocalVar var;
  /** The type the enclosing block version proves for this read ({@code LuaType.UNKNOWN} if none). */
  @CompilationFinal private byte knownType;

  public LuaLocalReadNode(LuaLocalVar var) {
    this.var = var;
    this.desc = "local '" + var.name + "'";
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (var.captured) {
      return ((LuaCell) frame.getObject(var.slot)).value;
    }
    return value(frame, var.slot);
  }

  /** The value of an uncaptured local's slot, a number or an object. */
  public static Object value(VirtualFrame frame, int slot) {
    if (frame.isDouble(slot)) {
      return frame.getDouble(slot);
    }
    return frame.getObject(slot);
  }

  @Override
  public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
    if (knownType == LuaType.NUMBER) {
      // known by the block version; only debug.setlocal or a call result that its callee's
      // return profile did not foresee can break that, and then this read stays generic
      if (frame.isDouble(var.slot)) {
        return frame.getDouble(var.slot);
      }
      Object v = frame.getObject(var.slot);
      if (v instanceof Double d) {
        return d;
      }
      CompilerDirectives.transferToInterpreterAndInvalidate();
      knownType = LuaType.UNKNOWN;
      throw new UnexpectedResultException(v);
    }
    return super.executeDouble(frame);
  }

  public void setKnownType(byte type) {
    this.knownType = type;
  }

  public byte getKnownType() {
    return knownType;
  }

  public LuaLocalVar getVar() {
    return var;
  }
}
