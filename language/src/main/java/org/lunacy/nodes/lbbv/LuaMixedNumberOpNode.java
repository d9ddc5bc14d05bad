package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.expression.LuaBinaryOpNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;

/**
 * Arithmetic or comparison where the block version's type context proves one operand a number
 * and knows nothing of the other: only the unknown operand is tested. A number there takes the
 * typed operation; anything else (a numeric string, a metamethod, an error) goes through the
 * operator's generic node, as {@code luaV_arith} and {@code luaV_lessthan} would. Block versions
 * take the result of its arithmetic for a number: only a metamethod can make it anything else,
 * and a typed node that gets something else falls back to its generic operation.
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

  /** For a typed user: the arithmetic result unboxed, or anything else in the exception. */
  @Override
  public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
    Object r = execute(frame);
    if (r instanceof Double d) {
      return d;
    }
    throw new UnexpectedResultException(r);
  }

  /**
   * Phases of a yield (a call operand): 0 in the left operand, 1 in the right one. Both operands
   * are asked for unboxed numbers: an operand that is not one comes in the exception and takes
   * the generic operation. Compiled code does not catch that exception (it deoptimizes there),
   * so once an operand was no number they are asked for their values instead, and tested.
   */
  @Override
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    double x = 0;
    Object a = null; // the left operand when it is not a number
    if (co != null && resumePhase(co) == 1) {
      Object saved = co.saved(0);
      if (saved instanceof Double d) {
        x = d;
      } else {
        a = saved;
      }
    } else {
      try {
        if (seenOther) {
          Object v = left.execute(frame);
          if (v instanceof Double d) {
            x = d;
          } else {
            a = v;
          }
        } else {
          x = left.executeDouble(frame);
        }
      } catch (UnexpectedResultException e) {
        a = e.getResult();
      } catch (LuaYield y) {
        throw suspend(y, 0);
      }
    }
    double z = 0;
    Object b = null; // the right operand when it is not a number
    try {
      if (seenOther) {
        Object v = right.execute(frame);
        if (v instanceof Double d) {
          z = d;
        } else {
          b = v;
        }
      } else {
        z = right.executeDouble(frame);
      }
    } catch (UnexpectedResultException e) {
      b = e.getResult();
    } catch (LuaYield y) {
      throw suspend(y, 1, a != null ? a : (Object) x, null, null);
    }
    if (countChecks) {
      LuaTypeChecks.add(1);
    }
    // the known operand is tested too: only debug.setlocal could have changed its type
    if (a == null && b == null) {
      return op >= LuaNumberOpNode.LT
          ? LuaNumberOpNode.compareRaw(op, x, z)
          : LuaOps.arithRaw(op, x, z);
    }
    if (!seenOther) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenOther = true;
    }
    return generic.execute(a != null ? a : (Object) x, b != null ? b : (Object) z);
  }
}
