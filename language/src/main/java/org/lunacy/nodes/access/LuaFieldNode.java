package org.lunacy.nodes.access;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.lunacy.LuaLanguage;
import org.lunacy.runtime.LuaTable;

/**
 * The raw lookup of one constant string key in tables, through a <em>hash-slot witness</em>
 * (LuaJIT's HREFK): the node remembers the entry position where it found the key and checks
 * only that this position still holds the key, so one cache serves every table built the same
 * way (see {@link LuaTable}).
 *
 * <p>A site that has seen a single table (the environment, a module, a metatable) checks that
 * table's identity and the key at its slot. When the entry's value has never changed since the
 * site saw it, it relies on a value {@link Assumption} instead: the value (a function or an
 * immutable value, never a table) is then a constant of the compiled code (a global function
 * whose calls inline). A key absent from such a table is absent under the table's assumption
 * that no key is added. The table itself is held weakly.
 *
 * <p>States only move forward: {@code IDENTITY} to {@code SLOT} when a second table shows up, or
 * after too many invalidations. {@code SLOT} witnesses one slot per table layout seen, up to
 * four, and keeps a full lookup behind them once it has seen more layouts or a table without
 * the key. With {@code --lua.HashWitnesses=false} every lookup is a plain hash lookup.
 */
public final class LuaFieldNode extends Node {
  private static final byte UNINITIALIZED = 0;
  private static final byte IDENTITY = 1;
  private static final byte SLOT = 2;
  private static final byte HASH = 3;

  /** Re-specializations of an identity site (the table rehashed) before it settles for SLOT. */
  private static final int MAX_IDENTITY_RESETS = 4;

  private final String key;
  private final int hash;

  @CompilationFinal private byte state = UNINITIALIZED;
  /** IDENTITY: the entry position in the identity table (-1: absent). */
  @CompilationFinal private int slot = -1;

  /** SLOT: the witnessed entry positions, one per table layout seen. */
  @CompilationFinal(dimensions = 1)
  private int[] slots = NO_SLOTS;

  private static final int[] NO_SLOTS = new int[0];

  /** The layouts a SLOT site witnesses before it keeps a full lookup too. */
  private static final int MAX_SLOTS = 4;
  /** Held weakly: a site must not keep a table alive (a big document read once, say). */
  @CompilationFinal private java.lang.ref.WeakReference<LuaTable> identity;
  @CompilationFinal private Assumption valueStable;
  /** IDENTITY with the key absent: valid while no key is added to the table (may be null). */
  @CompilationFinal private Assumption absent;
  /** IDENTITY with the key present: valid while the identity table's keys stay in their nodes. */
  @CompilationFinal private Assumption keysStay;
  /**
   * IDENTITY: the entry's value assumption is gone for good while {@link #keysStay} holds, so
   * stores need not look for one to invalidate (a global that is assigned over and over).
   */
  @CompilationFinal private boolean quietStores;
  @CompilationFinal private Object constant;
  @CompilationFinal private boolean slotMissed;
  /** Reads the value of the key's entry, profiling the kinds of value met. */
  @Child private LuaNodeValueNode entry = new LuaNodeValueNode();
  @CompilationFinal private byte resets;

  public LuaFieldNode(String key) {
    this.key = key;
    this.hash = LuaTable.hashOf(key);
  }

  public String getKey() {
    return key;
  }

  /** The raw value of the key in {@code t}; null when absent or nil. */
  public Object get(LuaTable t) {
    switch (state) {
      case IDENTITY:
        if (t == identity.get()) {
          if (slot < 0) {
            if (absent == null) {
              return t.getString(key, hash);
            }
            if (absent.isValid()) {
              return null;
            }
            break; // the key may have come: specialize again
          }
          if (valueStable != null && valueStable.isValid()) {
            return constant;
          }
          if (keyAtSlot(t)) {
            return entry.read(t, slot);
          }
        }
        break;
      case SLOT:
        {
          int pos = witnessed(t);
          return pos < 0 ? null : entry.read(t, pos);
        }
      case HASH:
        return t.rawgetString(key);
      default:
        break;
    }
    CompilerDirectives.transferToInterpreterAndInvalidate();
    specialize(t);
    return t.getString(key, hash);
  }

  /**
   * Stores {@code value} (nil too) into the key's entry when luaV_settable stores it raw: the key
   * is present with a non-nil value, or present and {@code t} has no metatable. Returns false,
   * storing nothing, otherwise (a new key, or {@code __newindex} may apply).
   */
  public boolean store(LuaTable t, Object value) {
    int s = entryOf(t);
    if (s < 0 || (t.entryIsNil(s) && t.getMetatable() != null)) {
      return false;
    }
    Object v = value == org.lunacy.runtime.LuaNil.NIL ? null : value;
    if (state == IDENTITY && quietStores && keysStay != null && keysStay.isValid()) {
      // the identity table, its key in place, and no value assumption left to invalidate
      t.storeEntryValue(s, v);
      return true;
    }
    t.setEntryValue(s, v);
    if (state == IDENTITY
        && CompilerDirectives.inInterpreter()
        && keysStay != null
        && keysStay.isValid()
        && t.valueChangesFree(s)) {
      quietStores = true;
    }
    return true;
  }

  /** The entry position of the key in {@code t} (nil-valued or not), or -1 when it is absent. */
  public int entryOf(LuaTable t) {
    switch (state) {
      case IDENTITY:
        if (t == identity.get() && slot >= 0 && keyAtSlot(t)) {
          return slot;
        }
        break;
      case SLOT:
        return witnessed(t);
      case HASH:
        return t.findEntry(key);
      default:
        break;
    }
    CompilerDirectives.transferToInterpreterAndInvalidate();
    specialize(t);
    return t.findString(key, hash);
  }

  /**
   * IDENTITY with the key present: whether the key is still at {@link #slot} of the identity
   * table {@code t}. While the table's keys stay in their nodes that takes no test. Once they
   * have moved, the key is tested, and the interpreter's next use takes the table's new
   * assumption; compiled code made meanwhile keeps the test rather than leave for the
   * interpreter to renew it.
   */
  private boolean keyAtSlot(LuaTable t) {
    Assumption a = keysStay;
    if (a != null && a.isValid()) {
      return true;
    }
    Object[] ks = t.entryKeys();
    boolean there = slot < ks.length && ks[slot] == key;
    if (a != null && CompilerDirectives.inInterpreter()) {
      keysStay = there ? t.keysStayAssumption() : null;
    }
    return there;
  }

  /**
   * The entry position of the key in {@code t} through the witnessed slots (up to {@link
   * #MAX_SLOTS} layouts, as a polymorphic inline cache); a table of another layout adds its slot,
   * until the site has seen too many or the key absent, after which compiled code keeps a full
   * lookup behind the witnesses.
   */
  @ExplodeLoop
  private int witnessed(LuaTable t) {
    Object[] ks = t.entryKeys();
    int[] ss = slots;
    for (int i = 0; i < ss.length; i++) {
      int s = ss[i];
      if (s < ks.length && ks[s] == key) {
        return s;
      }
    }
    if (!slotMissed) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      int pos = t.findString(key, hash);
      if (pos >= 0 && ss.length < MAX_SLOTS) {
        int[] more = java.util.Arrays.copyOf(ss, ss.length + 1);
        more[ss.length] = pos;
        slots = more;
      } else {
        slotMissed = true;
      }
      return pos;
    }
    return t.findString(key, hash);
  }

  private void specialize(LuaTable t) {
    quietStores = false;
    if (!LuaLanguage.get(this).hashWitnesses) {
      state = HASH;
      return;
    }
    int pos = t.findString(key, hash);
    if ((state == UNINITIALIZED || (state == IDENTITY && t == identity.get()))
        && resets < MAX_IDENTITY_RESETS) {
      if (state == IDENTITY) {
        resets++;
      }
      state = IDENTITY;
      identity = new java.lang.ref.WeakReference<>(t);
      slot = pos;
      absent = pos < 0 ? t.absenceAssumption() : null;
      keysStay = pos >= 0 ? t.keysStayAssumption() : null;
      valueStable = null;
      constant = null;
      if (pos >= 0) {
        Object v = t.entryValue(pos);
        Assumption a = t.valueAssumption(pos);
        // only functions and immutable values fold: a folded table would stay alive with the code
        boolean foldable = v instanceof org.lunacy.runtime.LuaFunction || v instanceof String
            || v instanceof Double || v instanceof Boolean;
        if (v != null && foldable && a.isValid()) {
          valueStable = a;
          constant = v;
        }
      }
      return;
    }
    // a second table, or an identity that keeps changing layout: witness the slot
    identity = null;
    absent = null;
    keysStay = null;
    valueStable = null;
    constant = null;
    slots = pos >= 0 ? new int[] {pos} : NO_SLOTS;
    slotMissed = pos < 0;
    state = SLOT;
  }
}
