package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

/**
 * A coroutine (a lua_State created by coroutine.create). While suspended it holds the records
 * its last yield left (see {@link LuaYield}); no thread and no Java stack is kept, so an
 * abandoned coroutine is garbage like any other object.
 */
public final class LuaCoroutine extends LuaThread {
  public static final String SUSPENDED = "suspended";
  public static final String RUNNING = "running";
  public static final String NORMAL = "normal";
  public static final String DEAD = "dead";

  /** The argument that tells a function root to continue a suspended activation. */
  public static final Object RESUME = new Object() {
    @Override
    public String toString() {
      return "<resume>";
    }
  };

  public final Object body;
  /**
   * The function at the bottom of the coroutine's stack: the body, or what it tail-called (with
   * {@code __call} resolved, so it is always a {@link LuaFunction}).
   */
  public LuaFunction bottom;
  public String status = SUSPENDED;
  public boolean started;
  /** Records of the last yield, the outermost on top (see {@link LuaYield#push}). */
  LuaYield.Record records;
  /** The values passed by the resume that is continuing this coroutine, or by the last yield. */
  public Object[] transfer;
  /** The nesting of builtin calls when this coroutine was resumed (lua_State's baseCcalls). */
  public int baseCCalls;
  /** Thrown and returned by this coroutine's yields. */
  public final LuaYield yielding = new LuaYield(this);

  public LuaCoroutine(Object body) {
    this.body = body;
  }

  /** The record of {@code node}, the next one to continue. */
  public LuaYield.Record pop(Node node) {
    LuaYield.Record r = records;
    // split copies of a function are structurally equal: the same kind of node continues
    if (r == null || r.node.getClass() != node.getClass()) {
      CompilerDirectives.transferToInterpreter();
      throw new IllegalStateException("coroutine resumed into the wrong node: " + r + " != " + node);
    }
    records = r.next;
    return r;
  }

  public boolean hasRecords() {
    return records != null;
  }

  /** Drops what a finished or failed coroutine still holds. */
  public void finish() {
    status = DEAD;
    records = null;
    transfer = null;
  }
}
