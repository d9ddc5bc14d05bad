package org.lunacy.runtime;

import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code coroutine.yield} in flight (lua_yield). Coroutines are stackless: a yield unwinds the
 * Java stack up to {@code coroutine.resume}, and every node it passes through that has something
 * to remember saves a record on its coroutine (which child was running and the values already
 * computed; a function root saves its locals). {@code resume} later re-enters the coroutine's
 * outermost function and each node continues from its record, innermost last. A node with one
 * child and nothing to remember (an expression statement, a {@code return}, a block of one
 * statement) saves nothing and continues its child.
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

  /** Saves the record of {@code node} on the way out; returns this yield to be rethrown. */
  public LuaYield push(Node node, int phase, Object a, Object b, Object c) {
    coroutine.save(node, phase, a, b, c);
    return this;
  }

  public LuaYield push(Node node, int phase) {
    coroutine.save(node, phase, null, null, null);
    return this;
  }
}
