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
  /** OP_NEWTABLE's sizes: positional items but a multi-valued last one, keyed fields. */
  private final int arrayHint;

  private final int hashCount;

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
    this.arrayHint = n - (lastMulti ? 1 : 0);
    this.hashCount = values.length - n;
  }

  /**
   * A yield records the field it was in, the table, the positional values so far with their
   * count, and for a keyed field whose key was computed, the key (then the yield was in the
   * value).
   */
  @Override
  @ExplodeLoop
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    LuaTable t;
    Object[] positional;
    int p = 0;
    int start = 0;
    Object resumedKey = null;
    if (co == null) {
      // without keyed fields the table is made at the end, from the items
      t = hashCount == 0 ? null : LuaTable.forConstructor(arrayHint, hashCount);
      positional = new Object[positionalCount];
    } else {
      start = resumePhase(co);
      t = (LuaTable) co.saved(0);
      positional = (Object[]) co.saved(1);
      Object[] counts = (Object[]) co.saved(2);
      p = (Integer) counts[0];
      resumedKey = counts[1];
    }
    Object[] rest = null;
    for (int i = 0; i < values.length; i++) {
      if (i < start) {
        continue;
      }
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
          k = i == start && resumedKey != null ? resumedKey : keys[i].execute(frame);
          LuaOps.rawsetChecked(t, k, values[i].execute(frame), this);
        }
      } catch (LuaYield y) {
        throw suspend(y, i, t, positional, new Object[] {p, k});
      }
    }
    if (t == null) {
      if (rest == null) {
        return LuaTable.fromItems(positional, p, LuaTable.constructorSize(arrayHint));
      }
      Object[] all = withRest(positional, p, rest);
      return LuaTable.fromItems(all, all.length, LuaTable.constructorSize(arrayHint));
    }
    if (positionalCount > 0) {
      if (rest == null) {
        t.setArray(positional, p);
      } else {
        Object[] all = withRest(positional, p, rest);
        t.setArray(all, all.length);
      }
    }
    return t;
  }

  @CompilerDirectives.TruffleBoundary
  private static Object[] withRest(Object[] positional, int count, Object[] rest) {
    Object[] all = java.util.Arrays.copyOf(positional, count + rest.length);
    System.arraycopy(rest, 0, all, count, rest.length);
    return all;
  }
}
