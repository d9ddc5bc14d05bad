package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaOps;

/**
 * Arithmetic, comparison or negation on operands that the block version's type context proves
 * to be numbers: no type test and no metamethod path, and with {@link #executeDouble} nested
 * operations pass unboxed doubles to each other. Its operands never contain calls (a call's type
 * is unknown), so it never sees a coroutine yield.
 */
public final class LuaNumberOpNode extends LuaExpressionNode {
  /** Operations beyond LuaOps' arithmetic codes. */
  public static final int LT = 100;
  public static final int LE = 101;
  public static final int GT = 102;
  public static final int GE = 103;
  public static final int NEG = 104;

  @Child private LuaExpressionNode left;
  @Child private LuaExpressionNode right;
  private final int op;

  public LuaNumberOpNode(int op, LuaExpressionNode left, LuaExpressionNode right) {
    this.op = op;
    this.left = left;
    this.right = right;
  }

  public boolean isComparison() {
    return op >= LT && op <= GE;
  }

  static double number(LuaExpressionNode e, VirtualFrame frame) {
    try {
      return e.executeDouble(frame);
    } catch (UnexpectedResultException ex) {
      // the type context proved a number: this is a bug in the versioning, not a Lua error
      CompilerDirectives.transferToInterpreter();
      throw new IllegalStateException("block version type context violated: " + ex.getResult());
    }
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (isComparison()) {
      return compare(frame);
    }
    return executeNumber(frame);
  }

  @Override
  public double executeDouble(VirtualFrame frame) {
    return executeNumber(frame);
  }

  private double executeNumber(VirtualFrame frame) {
    double a = number(left, frame);
    if (op == NEG) {
      return -a;
    }
    double b = number(right, frame);
    return LuaOps.arithRaw(op, a, b);
  }

  private boolean compare(VirtualFrame frame) {
    double a = number(left, frame);
    double b = number(right, frame);
    switch (op) {
      case LT:
        return a < b;
      case LE:
        return a <= b;
      case GT:
        return a > b;
      default:
        return a >= b;
    }
  }
}
