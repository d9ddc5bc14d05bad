package org.lunacy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;
import org.lunacy.runtime.LuaTable;

/**
 * A table constructor (OP_NEWTABLE, OP_SETTABLE, OP_SETLIST): fields are evaluated in source
 * order; keyed fields are stored as they come, positional items after them (as SETLIST does), the
 * last item expanded if multi-valued.
 */
public final class LuaTableConstructorNode extends LuaExpressionNode {
  /** Per field: the key (null for a positional item). */
  @Children private final LuaExpressionNode[] keys;

  @Children private final LuaExpressionNode[] values;
  private final int positionalCount;
  private final boolean lastMulti;

  public LuaTableConstructorNode(LuaExpressionNode[] keys, LuaExpressionNode[] values) {
    this.keys = keys;
    this.values = values;
    int n = 0;
    for (LuaExpressionNode k : keys) {
      if (k == null) {
        n++;
      }
    }
    this.positionalCount = n;
    int last = values.length - 1;
    this.lastMulti = last >= 0 && keys[last] == null && values[last].isMultiValued();
  }

  @Override
  @ExplodeLoop
  public Object execute(VirtualFrame frame) {
    LuaTable t = new LuaTable(positionalCount, values.length - positionalCount);
    Object[] positional = new Object[positionalCount];
    Object[] rest = null;
    int p = 0;
    for (int i = 0; i < values.length; i++) {
      Object k = null;
      try {
        if (keys[i] == null) {
          if (lastMulti && i == values.length - 1) {
            rest = values[i].executeMulti(frame);
          } else {
            Object v = values[i].execute(frame);
            positional[p++] = v;
          }
        } else {
          k = keys[i].execute(frame);
          LuaOps.rawsetChecked(t, k, values[i].execute(frame), this);
        }
      } catch (LuaYield y) {
        throw y.push(this, i, new Object[] {t, positional, p, k}, null, null);
      }
    }
    if (positionalCount > 0) {
      fill(t, positional, p, rest);
    }
    return t;
  }

  /**
   * Continues at field {@code phase}. Keyed fields record whether the key was already computed
   * (a yield in the key itself leaves it null and is resumed in the key).
   */
  @Override
  @ExplodeLoop
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    LuaYield.Record r = co.pop(this);
    Object[] st = (Object[]) r.a;
    LuaTable t = (LuaTable) st[0];
    Object[] positional = (Object[]) st[1];
    int p = (Integer) st[2];
    Object rest = null;
    int start = r.phase;
    for (int i = 0; i < values.length; i++) {
      if (i < start) {
        continue;
      }
      boolean resuming = i == start;
      Object k = null;
      try {
        if (keys[i] == null) {
          if (lastMulti && i == values.length - 1) {
            rest = resuming ? values[i].resumeMulti(frame, co) : values[i].executeMulti(frame);
          } else {
            Object v = resuming ? values[i].resume(frame, co) : values[i].execute(frame);
            positional[p++] = v;
          }
        } else {
          if (resuming && st[3] != null) {
            k = st[3];
            LuaOps.rawsetChecked(t, k, values[i].resume(frame, co), this);
          } else {
            k = resuming ? keys[i].resume(frame, co) : keys[i].execute(frame);
            LuaOps.rawsetChecked(t, k, values[i].execute(frame), this);
          }
        }
      } catch (LuaYield y) {
        throw y.push(this, i, new Object[] {t, positional, p, k}, null, null);
      }
    }
    if (positionalCount > 0) {
      fill(t, positional, p, (Object[]) rest);
    }
    return t;
  }

  private static void fill(LuaTable t, Object[] positional, int count, Object[] rest) {
    if (rest == null) {
      t.setArray(positional, count);
    } else {
      fillRest(t, positional, count, rest);
    }
  }

  @CompilerDirectives.TruffleBoundary
  private static void fillRest(LuaTable t, Object[] positional, int count, Object[] rest) {
    Object[] all = java.util.Arrays.copyOf(positional, count + rest.length);
    System.arraycopy(rest, 0, all, count, rest.length);
    t.setArray(all, all.length);
  }
}
