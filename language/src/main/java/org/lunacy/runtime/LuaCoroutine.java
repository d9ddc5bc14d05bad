package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import java.util.Arrays;

/**
 * A coroutine (a lua_State created by coroutine.create). No thread and no Java stack is kept:
 * while suspended it holds the continuation its last yield left (see {@link LuaYield}), so an
 * abandoned coroutine is garbage like any other object.
 *
 * <p>The continuation is a stack of records, one per node the yield passed through, pushed
 * innermost first and popped outermost first by the resume: the node's phase (which child was
 * running) and up to three values it had computed. The locals of the suspended activations are
 * on a second stack of frame slots. Both are arrays owned by the coroutine and reused by every
 * yield, so suspending allocates nothing once they have grown to the coroutine's depth.
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

  private static final int VALUES_PER_RECORD = 3;

  public final Object body;
  /**
   * The function at the bottom of the coroutine's stack: the body, or what it tail-called (with
   * {@code __call} resolved, so it is always a {@link LuaFunction}).
   */
  public LuaFunction bottom;
  public String status = SUSPENDED;
  /** The coroutine that resumed this one while it runs (null: the main thread). */
  public LuaCoroutine resumer;
  public boolean started;
  /** Its debug.sethook state: a new coroutine has no hook (the hook table has no entry for it). */
  public final LuaHooks.State hook = new LuaHooks.State();
  /**
   * Of each suspended Lua activation, outermost last: its last hooked line and the tail calls
   * that led to it, for its tail return events (see LuaHooks).
   */
  public java.util.ArrayDeque<Object[]> hookStates;
  /** The values passed by the resume that is continuing this coroutine. */
  public Object[] transfer;
  /** The arguments of the yield that suspended it: {@code [yield, value...]}. */
  public Object[] yielded;
  /** The nesting of builtin calls when this coroutine was resumed (lua_State's baseCcalls). */
  public int baseCCalls;
  /** Thrown and returned by this coroutine's yields. */
  public final LuaYield yielding = new LuaYield(this);

  /** The record stack: the node of each record (to check the resume), its phase and values. */
  private Object[] nodes;
  private int[] phases;
  private Object[] values;
  private int top;

  /** The saved locals: per slot its frame tag, its object or its primitive bits. */
  private byte[] slotTags;
  private Object[] slotObjects;
  private long[] slotPrimitives;
  private int slotTop;

  /**
   * The error that killed it and the root of the resume that caught it: as in PUC, the levels the
   * error unwound stay visible to debug.traceback and debug.getinfo.
   */
  public Throwable deathError;

  public com.oracle.truffle.api.nodes.RootNode deathCatcher;

  /** It died of {@code error}, caught by the resume in {@code catcher}. */
  @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
  public void died(Throwable error, com.oracle.truffle.api.nodes.RootNode catcher) {
    // the rest of the trace (from the resume down) is recorded now, not when it is read
    com.oracle.truffle.api.TruffleStackTrace.fillIn(error);
    deathError = error;
    deathCatcher = catcher;
  }

  /** How many tail calls its body's chain made (the "(tail call)" levels under its bottom). */
  public int bodyTails;

  /** Its global table (l_gt): what getfenv(0), setfenv(0, t) and chunks it loads use. */
  public LuaTable globals;

  /** A coroutine of {@code body} that shares the global table {@code globals} of its creator. */
  public LuaCoroutine(Object body, LuaTable globals) {
    this.body = body;
    this.globals = globals;
  }

  /** Pushes the record of {@code node} while a yield unwinds through it. */
  public void save(Node node, int phase, Object a, Object b, Object c) {
    int t = top;
    if (nodes == null || t == nodes.length) {
      growRecords();
    }
    exact(nodes)[t] = node;
    phases[t] = phase;
    int v = t * VALUES_PER_RECORD;
    Object[] vs = exact(values);
    vs[v] = a;
    vs[v + 1] = b;
    vs[v + 2] = c;
    top = t + 1;
  }

  /**
   * Pops the record of {@code node}, the next one to continue, and returns its phase. Its values
   * are read with {@link #saved} before any child continues.
   */
  public int pop(Node node) {
    int t = top - 1;
    // split copies of a function are structurally equal: the same kind of node continues
    if (t < 0 || nodes[t].getClass() != node.getClass()) {
      CompilerDirectives.transferToInterpreter();
      throw new IllegalStateException("coroutine resumed into the wrong node: " + node);
    }
    top = t;
    return phases[t];
  }

  /** Value {@code k} (0 to 2) of the record just popped; the record lets go of it. */
  public Object saved(int k) {
    int i = top * VALUES_PER_RECORD + k;
    Object[] vs = values;
    Object v = vs[i];
    vs[i] = null;
    return v;
  }

  /** The node of the record that {@link #pop} would take next, or null if there is none. */
  public Object topRecordNode() {
    int t = top - 1;
    return t < 0 ? null : nodes[t];
  }

  /** The number of saved records; record 0 is the innermost (saved first by the yield). */
  public int recordCount() {
    return top;
  }

  public Node recordNode(int i) {
    return (Node) nodes[i];
  }

  /** Value {@code k} (0 to 2) of record {@code i}, without taking it. */
  public Object recordValue(int i, int k) {
    return values[i * VALUES_PER_RECORD + k];
  }

  public boolean hasRecords() {
    return top > 0;
  }

  /** Reserves {@code n} slots for the locals of a yielding activation; returns the first. */
  public int pushSlots(int n) {
    int base = slotTop;
    if (slotTags == null || base + n > slotTags.length) {
      growSlots(base + n);
    }
    slotTop = base + n;
    return base;
  }

  /** Visits what a suspended coroutine holds: its body, saved values, locals and transfers. */
  public void forEachReference(java.util.function.Consumer<Object> visit) {
    visit.accept(body);
    if (bottom != null) {
      visit.accept(bottom);
    }
    if (values != null) {
      for (int i = 0; i < top * VALUES_PER_RECORD; i++) {
        if (values[i] != null) {
          visit.accept(values[i]);
        }
      }
    }
    if (slotObjects != null) {
      for (int i = 0; i < slotTop; i++) {
        if (slotObjects[i] != null) {
          visit.accept(slotObjects[i]);
        }
      }
    }
    if (transfer != null) {
      visit.accept(transfer);
    }
    if (yielded != null) {
      visit.accept(yielded);
    }
  }

  public void setSlot(int i, byte tag, Object object) {
    slotTags[i] = tag;
    exact(slotObjects)[i] = object;
  }

  /**
   * The record and slot arrays are always exactly {@code Object[]}: saying so spares compiled
   * code a covariant array store check on every element a yield saves. (Reads and stores of
   * null need no check, and the cast's own type test would only add nodes there.)
   */
  private static Object[] exact(Object[] array) {
    return CompilerDirectives.castExact(array, Object[].class);
  }

  /** Saves a primitive slot; most coroutines never suspend one, so the array comes on demand. */
  public void setPrimitiveSlot(int i, byte tag, long primitive) {
    slotTags[i] = tag;
    slotObjects[i] = null;
    if (slotPrimitives == null || i >= slotPrimitives.length) {
      growPrimitives();
    }
    slotPrimitives[i] = primitive;
  }

  /** Releases the {@code n} slots of the activation that continues; returns the first. */
  public int popSlots(int n) {
    int base = slotTop - n;
    slotTop = base;
    return base;
  }

  public byte slotTag(int i) {
    return slotTags[i];
  }

  /** The object in slot {@code i}; the slot lets go of it. */
  public Object takeSlotObject(int i) {
    Object[] so = slotObjects;
    Object v = so[i];
    so[i] = null;
    return v;
  }

  /** The object in slot {@code i}, left in place (debug.getlocal). */
  public Object peekSlotObject(int i) {
    return slotObjects[i];
  }

  /** Replaces the object in slot {@code i} (debug.setlocal). */
  public void putSlotObject(int i, Object v) {
    exact(slotObjects)[i] = v;
  }

  public long slotPrimitive(int i) {
    return slotPrimitives[i];
  }

  @TruffleBoundary
  private void growRecords() {
    int n = nodes == null ? 4 : nodes.length * 2;
    nodes = nodes == null ? new Object[n] : Arrays.copyOf(nodes, n);
    phases = phases == null ? new int[n] : Arrays.copyOf(phases, n);
    values =
        values == null
            ? new Object[n * VALUES_PER_RECORD]
            : Arrays.copyOf(values, n * VALUES_PER_RECORD);
  }

  @TruffleBoundary
  private void growSlots(int needed) {
    int n = Math.max(needed, slotTags == null ? 8 : slotTags.length * 2);
    slotTags = slotTags == null ? new byte[n] : Arrays.copyOf(slotTags, n);
    slotObjects = slotObjects == null ? new Object[n] : Arrays.copyOf(slotObjects, n);
  }

  @TruffleBoundary
  private void growPrimitives() {
    int n = slotTags.length;
    slotPrimitives = slotPrimitives == null ? new long[n] : Arrays.copyOf(slotPrimitives, n);
  }

  /** Drops what a finished or failed coroutine still holds. */
  public void finish() {
    status = DEAD;
    transfer = null;
    yielded = null;
    nodes = null;
    phases = null;
    values = null;
    top = 0;
    slotTags = null;
    slotObjects = null;
    slotPrimitives = null;
    slotTop = 0;
  }
}
