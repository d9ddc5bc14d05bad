package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayList;

/**
 * {@code coroutine.yield} in flight. Coroutines are stackless: the yield unwinds the Java stack
 * up to {@code coroutine.resume}, and every node it passes through records what it had done so
 * far (a {@link Record}: which child was running and the values already computed; a function
 * root records its frame). {@code resume} later re-enters the coroutine's outermost function and
 * each node continues from its record instead of starting over, innermost last.
 */
public final class LuaYield extends ControlFlowException {
  private static final long serialVersionUID = 1L;

  public final Object[] values;
  /** Records in unwinding order: innermost first. */
  public final ArrayList<Record> records = new ArrayList<>();

  public LuaYield(Object[] values) {
    this.values = values;
  }

  /** What one node had done when the yield passed through it. */
  public static final class Record {
    public final Node node;
    public final int phase;
    public final Object a;
    public final Object b;
    public final Object c;

    public Record(Node node, int phase, Object a, Object b, Object c) {
      this.node = node;
      this.phase = phase;
      this.a = a;
      this.b = b;
      this.c = c;
    }
  }

  @TruffleBoundary
  public LuaYield push(Node node, int phase, Object a, Object b, Object c) {
    records.add(new Record(node, phase, a, b, c));
    return this;
  }

  @TruffleBoundary
  public LuaYield push(Node node, int phase) {
    records.add(new Record(node, phase, null, null, null));
    return this;
  }
}
