package org.lunacy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaNumbers;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;

/**
 * A chain {@code a .. b .. c} (OP_CONCAT, luaV_concat): operands are evaluated left to right,
 * then joined from the right, runs of strings and numbers at once, {@code __concat} pairwise.
 */
public final class LuaConcatNode extends LuaExpressionNode {
  @Children private final LuaExpressionNode[] operands;

  public LuaConcatNode(LuaExpressionNode[] operands) {
    this.operands = operands;
  }

  /** A yield records the operand it was in and the values before it. */
  @Override
  @ExplodeLoop
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    Object[] v;
    int start = 0;
    if (co == null) {
      v = new Object[operands.length];
    } else {
      start = resumePhase(co);
      v = (Object[]) co.saved(0);
    }
    for (int i = 0; i < operands.length; i++) {
      if (i < start) {
        continue;
      }
      try {
        v[i] = operands[i].execute(frame);
      } catch (LuaYield y) {
        throw suspend(y, i, v, null, null);
      }
    }
    boolean plain = true;
    for (int i = 0; i < v.length; i++) {
      plain &= isStringOrNumber(v[i]);
    }
    if (plain) {
      return join(v, 0, v.length);
    }
    return concatGeneric(v);
  }

  /** Joins the strings and numbers {@code v[from, to)} into one string of exactly their length. */
  @TruffleBoundary
  private static String join(Object[] v, int from, int to) {
    if (to - from == 2 && v[from] instanceof String a && v[from + 1] instanceof String b) {
      LuaError.checkStringLength((long) a.length() + b.length());
      return a.concat(b);
    }
    String[] parts = new String[to - from];
    long length = 0;
    for (int i = from; i < to; i++) {
      Object x = v[i];
      parts[i - from] = x instanceof String s ? s : LuaNumbers.toString((Double) x);
      length += parts[i - from].length();
    }
    LuaError.checkStringLength(length);
    // String.join sizes the result once and keeps it: no builder to grow, no final copy
    return String.join("", parts);
  }

  private static boolean isStringOrNumber(Object x) {
    return x instanceof String || x instanceof Double;
  }

  @TruffleBoundary
  private Object concatGeneric(Object[] v) {
    String[] descs = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      descs[i] = operands[i].getDesc();
    }
    int top = v.length;
    while (top > 1) {
      Object a = v[top - 2];
      Object b = v[top - 1];
      if (!isStringOrNumber(a) || !isStringOrNumber(b)) {
        v[top - 2] = LuaOps.concatMeta(a, b, this, descs[top - 2], descs[top - 1]);
        descs[top - 2] = null;
        top--;
      } else {
        int k = top - 2;
        while (k > 0 && isStringOrNumber(v[k - 1])) {
          k--;
        }
        v[k] = join(v, k, top);
        descs[k] = null;
        top = k + 1;
      }
    }
    return v[0];
  }
}
