package org.lunacy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNil;
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
  /** The array and hash sizes OP_NEWTABLE encodes for those counts (see constructorSize). */
  private final int arraySize;

  private final int hashSize;

  /**
   * When every keyed field has a constant string key: a table into which those keys were stored
   * in order (built on the first run), and per keyed field the node its key has there. A fresh
   * table then copies these nodes instead of inserting the keys one by one.
   */
  @CompilerDirectives.CompilationFinal private LuaTable.Layout layout;

  @CompilerDirectives.CompilationFinal(dimensions = 1)
  private int[] layoutNodes;

  @CompilerDirectives.CompilationFinal private boolean layoutKnown;

  /** Per keyed field, the line of its store (OP_SETTABLE): where a nil or NaN key fails. */
  @CompilerDirectives.CompilationFinal(dimensions = 1)
  private final int[] storeLines;

  public LuaTableConstructorNode(LuaExpressionNode[] keys, LuaExpressionNode[] values, int[] storeLines) {
    this.keys = keys;
    this.values = values;
    this.storeLines = storeLines;
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
    this.arraySize = LuaTable.constructorSize(arrayHint);
    this.hashSize = LuaTable.constructorSize(hashCount);
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
    if (!layoutKnown) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      makeLayout();
    }
    if (co == null && layout != null) {
      return executeWithLayout(frame);
    }
    LuaTable t;
    Object[] positional;
    int p = 0;
    int start = 0;
    Object resumedKey = null;
    Object[] numericKeyed = null;
    if (co == null) {
      // without keyed fields the table is made at the end, from the items
      t = hashCount == 0 ? null : new LuaTable(arraySize, hashSize);
      positional = new Object[positionalCount];
    } else {
      start = resumePhase(co);
      t = (LuaTable) co.saved(0);
      positional = (Object[]) co.saved(1);
      Object[] counts = (Object[]) co.saved(2);
      p = (Integer) counts[0];
      resumedKey = counts[1];
      numericKeyed = (Object[]) counts[2];
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
          Object v = values[i].execute(frame);
          if (k == LuaNil.NIL || (k instanceof Double d && Double.isNaN(d))) {
            throw badKey(k, storeLines[i]);
          }
          LuaOps.rawsetChecked(t, k, v, this);
          if (positionalCount > 0 && k instanceof Double) {
            numericKeyed = remember(numericKeyed, k, v, p);
          }
        }
      } catch (LuaYield y) {
        throw suspend(y, i, t, positional, new Object[] {p, k, numericKeyed});
      }
    }
    if (t == null) {
      if (rest == null) {
        return LuaTable.fromItems(positional, p, arraySize);
      }
      Object[] all = withRest(positional, p, rest);
      return LuaTable.fromItems(all, all.length, arraySize);
    }
    if (positionalCount > 0) {
      setItems(t, positional, p, rest);
      if (numericKeyed != null) {
        restoreKeyed(t, numericKeyed, p + (rest == null ? 0 : rest.length));
      }
    }
    return t;
  }

  /**
   * The constructor with constant string keys: the keyed values are kept until the end, then put
   * into the nodes of {@link #layout}. A nil value (its key would give up its node to a later
   * colliding key) or a yield stores the keyed fields one by one instead, in their order.
   */
  @ExplodeLoop
  private Object executeWithLayout(VirtualFrame frame) {
    int[] nodes = layoutNodes;
    Object[] keyed = new Object[nodes.length];
    Object[] positional = new Object[positionalCount];
    Object[] rest = null;
    int p = 0;
    int j = 0;
    boolean nil = false;
    for (int i = 0; i < values.length; i++) {
      try {
        if (keys[i] == null) {
          if (lastMulti && i == values.length - 1) {
            rest = values[i].executeMulti(frame);
          } else {
            positional[p++] = values[i].execute(frame);
          }
        } else {
          Object v = values[i].execute(frame);
          nil |= v == LuaNil.NIL;
          keyed[j++] = v;
        }
      } catch (LuaYield y) {
        LuaTable t = storeInOrder(keyed, j);
        throw suspend(y, i, t, positional, new Object[] {p, null, null});
      }
    }
    LuaTable t;
    if (nil) {
      t = storeInOrder(keyed, j);
    } else {
      t = LuaTable.fromLayout(layout);
      for (int k = 0; k < nodes.length; k++) {
        t.initNodeValue(nodes[k], keyed[k]);
      }
    }
    if (positionalCount > 0) {
      setItems(t, positional, p, rest);
    }
    return t;
  }

  /** Stores the positional items, the values of a multi-valued last one ({@code rest}) after them. */
  private static void setItems(LuaTable t, Object[] positional, int count, Object[] rest) {
    if (rest == null) {
      t.setArray(positional, count);
    } else {
      Object[] all = withRest(positional, count, rest);
      t.setArray(all, all.length);
    }
  }

  /** A fresh table with the first {@code count} keyed fields stored in order. */
  @CompilerDirectives.TruffleBoundary
  private LuaTable storeInOrder(Object[] keyed, int count) {
    LuaTable t = new LuaTable(arraySize, hashSize);
    int j = 0;
    for (int i = 0; i < keys.length && j < count; i++) {
      if (keys[i] != null) {
        t.rawset(((LuaConstantNode) keys[i]).getValue(), keyed[j++]);
      }
    }
    return t;
  }

  /** Builds {@link #layout} when every keyed field has a constant string key. */
  private void makeLayout() {
    layoutKnown = true;
    if (hashCount == 0) {
      return;
    }
    LuaTable t = new LuaTable(arraySize, hashSize);
    int[] nodes = new int[hashCount];
    int j = 0;
    for (LuaExpressionNode k : keys) {
      if (k == null) {
        continue;
      }
      if (!(k instanceof LuaConstantNode c && c.getValue() instanceof String)) {
        return;
      }
      t.rawset(c.getValue(), Boolean.TRUE);
    }
    for (LuaExpressionNode k : keys) {
      if (k != null) {
        nodes[j++] = t.findEntry(((LuaConstantNode) k).getValue());
      }
    }
    layoutNodes = nodes;
    layout = new LuaTable.Layout(t);
  }

  /** OP_SETLIST stores pending positional items in groups of this many (LFIELDS_PER_FLUSH). */
  private static final int FIELDS_PER_FLUSH = 50;

  /**
   * Appends a keyed field with a number key, with how many positional items were already stored
   * when it was set (triples of key, value and that count; the number of triples in slot 0).
   */
  @CompilerDirectives.TruffleBoundary
  private static Object[] remember(Object[] triples, Object k, Object v, int positionalSoFar) {
    Object[] a = triples == null ? new Object[7] : triples;
    int n = a[0] == null ? 0 : (Integer) a[0];
    if (1 + 3 * n + 3 > a.length) {
      a = java.util.Arrays.copyOf(a, a.length * 2 + 1);
    }
    a[1 + 3 * n] = k;
    a[2 + 3 * n] = v;
    a[3 + 3 * n] = positionalSoFar / FIELDS_PER_FLUSH * FIELDS_PER_FLUSH;
    a[0] = n + 1;
    return a;
  }

  /**
   * Positional items overwrite a keyed field of the same index only if they were stored after it
   * (PUC flushes them every {@link #FIELDS_PER_FLUSH} items); every other keyed field with a number
   * key is put back after the items are installed.
   */
  @CompilerDirectives.TruffleBoundary
  private static void restoreKeyed(LuaTable t, Object[] triples, int count) {
    int n = (Integer) triples[0];
    for (int j = 0; j < n; j++) {
      double d = (Double) triples[1 + 3 * j];
      int stored = (Integer) triples[3 + 3 * j];
      if (!(d > stored && d <= count && d == Math.floor(d))) {
        t.rawset(triples[1 + 3 * j], triples[2 + 3 * j]);
      }
    }
  }

  @CompilerDirectives.TruffleBoundary
  private static Object[] withRest(Object[] positional, int count, Object[] rest) {
    Object[] all = java.util.Arrays.copyOf(positional, count + rest.length);
    System.arraycopy(rest, 0, all, count, rest.length);
    return all;
  }

  @TruffleBoundary
  private LuaError badKey(Object k, int storeLine) {
    String msg = k == LuaNil.NIL ? "table index is nil" : "table index is NaN";
    return LuaError.raw(whereAt(storeLine > 0 ? storeLine : getLine()) + msg, this);
  }
}
