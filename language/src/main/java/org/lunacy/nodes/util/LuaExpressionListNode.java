package org.lunacy.nodes.util;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaYield;

/**
 * An expression list with PUC's adjustment rules (only the last expression expands): the right
 * side of assignments, {@code return} lists and the generic {@code for}'s explist.
 */
public final class LuaExpressionListNode extends LuaNode {
  private static final Object[] NO_VALUES = new Object[0];

  @Children private final LuaExpressionNode[] exprs;

  public LuaExpressionNode[] getExpressions() {
    return exprs;
  }
  private final boolean lastMulti;

  public LuaExpressionListNode(LuaExpressionNode[] exprs) {
    this.exprs = exprs;
    this.lastMulti = exprs.length > 0 && exprs[exprs.length - 1].isMultiValued();
  }

  public int size() {
    return exprs.length;
  }

  public LuaExpressionNode get(int i) {
    return exprs[i];
  }

  /**
   * Exactly {@code want} values (missing ones nil, extra ones evaluated and dropped). A yield
   * records the expression it was in and the values before it.
   */
  @ExplodeLoop
  public Object[] evaluate(VirtualFrame frame, int want) {
    int n = exprs.length;
    LuaCoroutine co = resuming(frame);
    Object[] single;
    int start = 0;
    if (co == null) {
      single = new Object[n];
    } else {
      start = resumePhase(co);
      single = (Object[]) co.saved(0);
    }
    for (int i = 0; i < n; i++) {
      if (i < start) {
        continue;
      }
      if (i == n - 1 && lastMulti) {
        Object[] rest;
        try {
          rest = exprs[i].executeMulti(frame);
        } catch (LuaYield y) {
          throw suspend(y, i, single, null, null);
        }
        return adjust(single, n - 1, rest, want);
      }
      try {
        single[i] = exprs[i].execute(frame);
      } catch (LuaYield y) {
        throw suspend(y, i, single, null, null);
      }
    }
    return adjust(single, n, NO_VALUES, want);
  }

  /** All values (want = -1 in {@link #adjust}). */
  public Object[] evaluateAll(VirtualFrame frame) {
    return evaluate(frame, -1);
  }

  private static Object[] adjust(Object[] single, int count, Object[] rest, int want) {
    if (want < 0) {
      if (rest.length == 0 && count == single.length) {
        return single;
      }
      Object[] out = new Object[count + rest.length];
      System.arraycopy(single, 0, out, 0, count);
      System.arraycopy(rest, 0, out, count, rest.length);
      return out;
    }
    Object[] out = new Object[want];
    for (int i = 0; i < want; i++) {
      if (i < count) {
        out[i] = single[i];
      } else if (i - count < rest.length) {
        out[i] = rest[i - count];
      } else {
        out[i] = LuaNil.NIL;
      }
    }
    return out;
  }
}
