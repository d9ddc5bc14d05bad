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
  /** How error messages of the generic fallback name the operands. */
  private String leftDesc;
  private String rightDesc;

  public LuaNumberOpNode(int op, LuaExpressionNode left, LuaExpressionNode right) {
    this.op = op;
    this.left = left;
    this.right = right;
  }

  void setOperandDescriptions(String left, String right) {
    this.leftDesc = left;
    this.rightDesc = right;
  }

  public boolean isComparison() {
    return op >= LT && op <= GE;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (isComparison()) {
      return compare(frame);
    }
    try {
      return executeNumber(frame);
    } catch (UnexpectedResultException e) {
      return e.getResult();
    }
  }

  @Override
  public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
    return executeNumber(frame);
  }

  /**
   * The typed operation. An operand that is not a number after all (only {@code debug.setlocal}
   * can change a local's type behind its version's back) makes the operation generic: its value
   * comes back in an {@link UnexpectedResultException}, like any non-double result.
   */
  private double executeNumber(VirtualFrame frame) throws UnexpectedResultException {
    double a;
    try {
      a = left.executeDouble(frame);
    } catch (UnexpectedResultException e) {
      throw new UnexpectedResultException(generic(frame, e.getResult(), null, false));
    }
    if (op == NEG) {
      return -a;
    }
    double b;
    try {
      b = right.executeDouble(frame);
    } catch (UnexpectedResultException e) {
      throw new UnexpectedResultException(generic(frame, a, e.getResult(), true));
    }
    return LuaOps.arithRaw(op, a, b);
  }

  /** The operation on values of any type, as the untyped operator nodes do it. */
  private Object generic(VirtualFrame frame, Object a, Object b, boolean haveRight) {
    CompilerDirectives.transferToInterpreter();
    if (op == NEG) {
      return LuaOps.arith(LuaOps.UNM, a, a, this, leftDesc, leftDesc);
    }
    Object r = haveRight ? b : right.execute(frame);
    switch (op) {
      case LT:
        return LuaOps.lessThan(a, r, this);
      case LE:
        return LuaOps.lessEqual(a, r, this);
      case GT:
        return LuaOps.lessThan(r, a, this);
      case GE:
        return LuaOps.lessEqual(r, a, this);
      default:
        return LuaOps.arith(op, a, r, this, leftDesc, rightDesc);
    }
  }

  private Object compare(VirtualFrame frame) {
    double a;
    try {
      a = left.executeDouble(frame);
    } catch (UnexpectedResultException e) {
      return generic(frame, e.getResult(), null, false);
    }
    double b;
    try {
      b = right.executeDouble(frame);
    } catch (UnexpectedResultException e) {
      return generic(frame, a, e.getResult(), true);
    }
    return compareRaw(op, a, b);
  }

  /** A comparison on doubles by its code ({@link #LT} to {@link #GE}). */
  static boolean compareRaw(int op, double a, double b) {
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
