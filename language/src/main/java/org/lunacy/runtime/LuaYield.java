package org.lunacy.runtime;

import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code coroutine.yield} in flight (lua_yield). Coroutines are stackless: a yield unwinds the
 * Java stack up to {@code coroutine.resume}, and every node it passes through saves what it had
 * done so far as a {@link Record} on its coroutine (which child was running and the values
 * already computed; a function root saves its frame). {@code resume} later re-enters the
 * coroutine's outermost function and each node continues from its record, innermost last.
 *
 * <p>Each coroutine has one instance. It is thrown only inside one function: the root of every
 * function and builtin returns it as its result instead of letting it escape, and a call node
 * that gets it back throws it on through its own function. So in compiled code a yield is a
 * jump to the enclosing handlers, never a Java exception unwinding compiled frames.
 */
public final class LuaYield extends ControlFlowException {
  private static final long serialVersionUID = 1L;

  /** The coroutine that is yielding. */
  public final LuaCoroutine coroutine;

  LuaYield(LuaCoroutine coroutine) {
    this.coroutine = coroutine;
  }

  /** What one node had done when the yield passed through it; records form a stack. */
  public static final class Record {
    final Node node;
    public final int phase;
    public final Object a;
    public final Object b;
    public final Object c;
    final Record next;

    Record(Node node, int phase, Object a, Object b, Object c, Record next) {
      this.node = node;
      this.phase = phase;
      this.a = a;
      this.b = b;
      this.c = c;
      this.next = next;
    }
  }

  /** Saves the record of {@code node} on the way out; returns this yield to be rethrown. */
  public LuaYield push(Node node, int phase, Object a, Object b, Object c) {
    coroutine.records = new Record(node, phase, a, b, c, coroutine.records);
    return this;
  }

  public LuaYield push(Node node, int phase) {
    return push(node, phase, null, null, null);
  }
}
