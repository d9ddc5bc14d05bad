package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;

/**
 * Arithmetic, comparison or negation on operands that the block version's type context proves
 * to be numbers: no type test and no metamethod path, and with {@link #executeDouble} nested
 * operations pass unboxed doubles to each other. An operand may be a call whose result type the
 * callee's return profile promises, so a coroutine can yield inside.
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
  @CompilationFinal private boolean seenOther;
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
    if (seenOther) {
      return executeGeneric(frame);
    }
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
    if (seenOther) {
      Object r = executeGeneric(frame);
      if (r instanceof Double d) {
        return d;
      }
      throw new UnexpectedResultException(r);
    }
    if (isComparison()) {
      // a comparison's value is a boolean: an operator above it (1 < 2 < 3) must see that
      throw new UnexpectedResultException(compare(frame));
    }
    return executeNumber(frame);
  }

  /**
   * The typed operation. An operand that is not a number after all makes the operation generic:
   * its value comes back in an {@link UnexpectedResultException}, like any non-double result.
   * That happens only when a version's knowledge was wrong: {@code debug.setlocal} changed a
   * local's type behind its back, or a call returned other than its callee's return profile
   * promised. Phases of a yield (a call operand): 0 in the left operand, 1 in the right one
   * (with the left value).
   */
  private double executeNumber(VirtualFrame frame) throws UnexpectedResultException {
    LuaCoroutine co = resuming(frame);
    double a;
    if (co != null && resumePhase(co) == 1) {
      Object saved = co.saved(0);
      if (!(saved instanceof Double d)) {
        throw new UnexpectedResultException(genericRight(frame, saved));
      }
      a = d;
    } else {
      try {
        a = left.executeDouble(frame);
      } catch (UnexpectedResultException e) {
        throw new UnexpectedResultException(genericRight(frame, e.getResult()));
      } catch (LuaYield y) {
        throw suspend(y, 0);
      }
    }
    if (op == NEG) {
      return -a;
    }
    double b;
    try {
      b = right.executeDouble(frame);
    } catch (UnexpectedResultException e) {
      throw new UnexpectedResultException(generic(a, e.getResult()));
    } catch (LuaYield y) {
      throw suspend(y, 1, a, null, null);
    }
    return LuaOps.arithRaw(op, a, b);
  }

  /**
   * The operation once an operand was no number: compiled code does not catch the {@link
   * UnexpectedResultException} that brings such an operand (it deoptimizes there), so the
   * operands are asked for their values and tested. Phases of a yield as in {@link
   * #executeNumber}; the saved left value may be of any type in both.
   */
  private Object executeGeneric(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    Object a;
    if (co != null && resumePhase(co) == 1) {
      a = co.saved(0);
    } else {
      try {
        a = left.execute(frame);
      } catch (LuaYield y) {
        throw suspend(y, 0);
      }
    }
    if (!(a instanceof Double x)) {
      return genericRight(frame, a);
    }
    if (op == NEG) {
      return -x;
    }
    Object b;
    try {
      b = right.execute(frame);
    } catch (LuaYield y) {
      throw suspend(y, 1, x, null, null);
    }
    if (b instanceof Double y) {
      return isComparison() ? (Object) compareRaw(op, x, y) : (Object) LuaOps.arithRaw(op, x, y);
    }
    return generic(x, b);
  }

  /** The left operand was no number: the right one is evaluated for the generic operation. */
  private Object genericRight(VirtualFrame frame, Object a) {
    seeOther();
    if (op == NEG) {
      return generic(a, null);
    }
    Object b;
    try {
      b = right.execute(frame);
    } catch (LuaYield y) {
      throw suspend(y, 1, a, null, null);
    }
    return generic(a, b);
  }

  /** The operation on values of any type, as the untyped operator nodes do it. */
  private Object generic(Object a, Object b) {
    seeOther();
    switch (op) {
      case NEG:
        if (a instanceof org.lunacy.runtime.LuaTable t) {
          return meta(LuaOps.UNM).execute(t, t, this, leftDesc, leftDesc);
        }
        return LuaOps.arith(LuaOps.UNM, a, a, this, leftDesc, leftDesc);
      case LT:
        return order(a, b, false);
      case LE:
        return order(a, b, true);
      case GT:
        return order(b, a, false);
      case GE:
        return order(b, a, true);
      default:
        if (a instanceof org.lunacy.runtime.LuaTable t) {
          return meta(op).execute(t, b, this, leftDesc, rightDesc);
        }
        return LuaOps.arith(op, a, b, this, leftDesc, rightDesc);
    }
  }

  /** {@code a < b} (or {@code a <= b}) of values that are not both numbers. */
  private boolean order(Object a, Object b, boolean orEqual) {
    if (a instanceof org.lunacy.runtime.LuaTable ta && b instanceof org.lunacy.runtime.LuaTable tb) {
      org.lunacy.nodes.expression.LuaCompareMetaNode o = order;
      if (o == null) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        o = insert(new org.lunacy.nodes.expression.LuaCompareMetaNode(orEqual ? "__le" : "__lt"));
        order = o;
      }
      Boolean r = o.execute(ta, tb, this);
      if (r != null) {
        return r;
      }
    }
    return orEqual ? LuaOps.lessEqual(a, b, this) : LuaOps.lessThan(a, b, this);
  }

  /** The order metamethod path of table operands (one operation per node), made on first need. */
  @Child private org.lunacy.nodes.expression.LuaCompareMetaNode order;

  /** The metamethod path of a table operand, made when the first one comes. */
  @com.oracle.truffle.api.nodes.Node.Child private org.lunacy.nodes.expression.LuaArithMetaNode meta;

  private org.lunacy.nodes.expression.LuaArithMetaNode meta(int operation) {
    org.lunacy.nodes.expression.LuaArithMetaNode m = meta;
    if (m == null) {
      com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
      m = insert(new org.lunacy.nodes.expression.LuaArithMetaNode(operation));
      meta = m;
    }
    return m;
  }


  /** The first operand that is not a number deoptimizes; later ones take the generic path. */
  private void seeOther() {
    if (!seenOther) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenOther = true;
    }
  }

  private Object compare(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    double a;
    if (co != null && resumePhase(co) == 1) {
      Object saved = co.saved(0);
      if (!(saved instanceof Double d)) {
        return genericRight(frame, saved);
      }
      a = d;
    } else {
      try {
        a = left.executeDouble(frame);
      } catch (UnexpectedResultException e) {
        return genericRight(frame, e.getResult());
      } catch (LuaYield y) {
        throw suspend(y, 0);
      }
    }
    double b;
    try {
      b = right.executeDouble(frame);
    } catch (UnexpectedResultException e) {
      return generic(a, e.getResult());
    } catch (LuaYield y) {
      throw suspend(y, 1, a, null, null);
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
