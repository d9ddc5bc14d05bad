package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayList;

/**
 * A coroutine (a lua_State created by coroutine.create). While suspended it holds the records
 * its last yield left (see {@link LuaYield}); no thread and no Java stack is kept.
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
  /** The function at the bottom of the coroutine's stack (the body, or what it tail-called). */
  public Object bottom;
  public String status = SUSPENDED;
  public boolean started;
  /** Records of the last yield, consumed from the end while resuming. */
  public ArrayList<LuaYield.Record> records;
  /** The values passed to the resume that is continuing this coroutine. */
  public Object[] resumeValues;
  /** The nesting of builtin calls when this coroutine was resumed (lua_State's baseCcalls). */
  public int baseCCalls;
  /** The coroutine that resumed this one (to restore when it yields or ends). */
  public LuaCoroutine previous;

  public LuaCoroutine(Object body) {
    this.body = body;
  }

  /** The record of {@code node}, the next one to continue. */
  @TruffleBoundary
  public LuaYield.Record pop(Node node) {
    LuaYield.Record r = records.remove(records.size() - 1);
    // split copies of a function are structurally equal: the same kind of node continues
    if (r.node.getClass() != node.getClass()) {
      CompilerDirectives.transferToInterpreter();
      throw new IllegalStateException("coroutine resumed into the wrong node: " + r.node + " != " + node);
    }
    return r;
  }

  public boolean hasRecords() {
    return records != null && !records.isEmpty();
  }
}
