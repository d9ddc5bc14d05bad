package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.expression.LuaBinaryOpNode;
import org.lunacy.runtime.LuaOps;

/**
 * Arithmetic or comparison where the block version's type context proves one operand a number
 * and knows nothing of the other: only the unknown operand is tested. A number there takes the
 * typed operation; anything else (a numeric string, a metamethod, an error) goes through the
 * operator's generic node, as {@code luaV_arith} and {@code luaV_lessthan} would. Its operands
 * contain no calls, so it never sees a coroutine yield.
 */
public final class LuaMixedNumberOpNode extends LuaExpressionNode {
  @Child private LuaExpressionNode left;
  @Child private LuaExpressionNode right;
  /** The operator's generic node, for operands that are not both numbers. */
  @Child private LuaBinaryOpNode generic;
  /** A {@link LuaOps} arithmetic code or a {@link LuaNumberOpNode} comparison code. */
  private final int op;
  private final boolean leftKnown;
  private final boolean countChecks;

  @CompilationFinal private boolean seenOther;

  public LuaMixedNumberOpNode(
      int op, LuaExpressionNode left, LuaExpressionNode right, LuaBinaryOpNode generic, boolean leftKnown) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.generic = generic;
    this.leftKnown = leftKnown;
    this.countChecks = LuaTypeChecks.enabled;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object a = left.execute(frame);
    Object b = right.execute(frame);
    if (countChecks) {
      LuaTypeChecks.add(1);
    }
    // the known operand is tested too: only debug.setlocal could have changed its type
    if (a instanceof Double x && b instanceof Double y) {
      return op >= LuaNumberOpNode.LT
          ? LuaNumberOpNode.compareRaw(op, x, y)
          : LuaOps.arithRaw(op, x, y);
    }
    if (!seenOther) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenOther = true;
    }
    return generic.execute(a, b);
  }
}
