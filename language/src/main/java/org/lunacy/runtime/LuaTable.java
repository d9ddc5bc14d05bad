package org.lunacy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.Arrays;

/**
 * A Lua table (ltable.c): an array part for the keys {@code 1..arraySize} and a hash part for
 * everything else.
 *
 * <p>The hash part is an insertion-ordered open-addressing map: entries live in {@link #keys} /
 * {@link #vals} in insertion order, and {@link #index} maps hash buckets to entry positions. An
 * entry never moves until the next rehash, so a node can remember the position where a key lives
 * (a <em>hash-slot witness</em>) and check only that {@code keys[pos]} still holds that key.
 * Assigning nil keeps the entry (its value becomes null), like PUC's dead keys, so traversal with
 * {@code next} tolerates assignments to existing fields. {@link #epoch} changes whenever entries
 * move (rehash or compaction).
 *
 * <p>Values are never {@link LuaNil#NIL} inside a table: absent is {@code null}.
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaTable implements TruffleObject {
  private static final Object[] EMPTY = new Object[0];
  private static final int[] EMPTY_INDEX = new int[0];
  /** Replaces the key of an entry removed by a weak-table sweep (so the key can be collected). */
  private static final Object DEAD_KEY = new Object();
  /** A nil in a numbers-only array part: a signalling NaN that Lua arithmetic never produces. */
  private static final long HOLE_BITS = 0x7ff4_0000_dead_beefL;
  private static final double HOLE = Double.longBitsToDouble(HOLE_BITS);

  /** The array part when it holds any kind of value (null: nil); unused while numbers is set. */
  private Object[] array = EMPTY;
  /**
   * The array part while it holds only numbers (storage strategy): unboxed, nil as {@link #HOLE}.
   * The first non-number stored converts it to {@link #array} for good.
   */
  private double[] numbers;
  private int arraySize;

  private Object[] keys = EMPTY;
  private Object[] vals = EMPTY;
  /** Bucket -> entry position + 1 (0 means an empty bucket). Length is a power of two. */
  private int[] index = EMPTY_INDEX;
  /** Entries used in keys/vals (including those whose value is now nil). */
  private int used;
  /** Entries with a non-null value. */
  private int live;

  private int epoch;
  /**
   * Valid while no entry moves: created for witness nodes that rely on this table's identity
   * (see {@link org.lunacy.nodes.access.LuaFieldNode}); invalidated with every epoch change.
   */
  private Assumption layout;
  /**
   * Per entry position, created on demand: valid while the entry's value has not changed since
   * it was created, so compiled code may fold the value (a global function, a module's field).
   * A slot whose value changed holds {@link Assumption#NEVER_VALID} and is never folded again.
   */
  private Assumption[] stable;

  private LuaTable metatable;
  /** Weak mode from {@code __mode}: bit 1 weak keys, bit 2 weak values (see LuaWeakTables). */
  public byte weakMode;

  public LuaTable() {}

  public LuaTable(int narray, int nhash) {
    if (narray > 0) {
      array = new Object[narray];
      arraySize = narray;
    }
    if (nhash > 0) {
      allocHash(nhash);
    }
  }

  public LuaTable getMetatable() {
    return metatable;
  }

  public void setMetatable(LuaTable mt) {
    this.metatable = mt;
  }

  public int getEpoch() {
    return epoch;
  }

  // ---------------------------------------------------------------- array part storage

  /** Element {@code idx} (0-based) of the array part; null for nil. */
  private Object arrayGet(int idx) {
    double[] nums = numbers;
    if (nums != null) {
      double d = nums[idx];
      if (Double.doubleToRawLongBits(d) == HOLE_BITS) {
        return null;
      }
      return d;
    }
    return array[idx];
  }

  /** Stores into element {@code idx} (0-based) of the array part; null stores nil. */
  private void arraySet(int idx, Object value) {
    double[] nums = numbers;
    if (nums != null) {
      if (value instanceof Double d) {
        nums[idx] = d;
        return;
      } else if (value == null) {
        nums[idx] = HOLE;
        return;
      }
      generalizeArray();
    }
    array[idx] = value;
  }

  /** Whether the array part stores its numbers unboxed (for tests and diagnostics). */
  public boolean hasNumericArray() {
    return numbers != null;
  }

  @TruffleBoundary
  private void generalizeArray() {
    double[] nums = numbers;
    Object[] objs = new Object[nums.length];
    for (int i = 0; i < nums.length; i++) {
      double d = nums[i];
      objs[i] = Double.doubleToRawLongBits(d) == HOLE_BITS ? null : (Object) d;
    }
    array = objs;
    numbers = null;
  }

  private static double[] holes(int n) {
    double[] a = new double[n];
    Arrays.fill(a, HOLE);
    return a;
  }

  // ---------------------------------------------------------------- generic access

  /** Raw get (luaH_get); returns null when absent. */
  public Object rawget(Object key) {
    if (key instanceof Double d) {
      return rawgetNumber(d);
    }
    return hashGet(key);
  }

  public Object rawgetNumber(double d) {
    int i = (int) d;
    if (i == d && i >= 1 && i <= arraySize) {
      return arrayGet(i - 1);
    }
    if (d == 0.0) {
      d = 0.0; // -0 and 0 are the same key
    }
    return hashGet(d);
  }

  public Object rawgetInt(int i) {
    if (i >= 1 && i <= arraySize) {
      return arrayGet(i - 1);
    }
    return hashGet((double) i);
  }

  public Object rawgetString(String key) {
    return hashGet(key);
  }

  /** Raw set (luaH_set); value null or NIL removes. The caller checked that key is not nil/NaN. */
  public void rawset(Object key, Object value) {
    if (value == LuaNil.NIL) {
      value = null;
    }
    if (key instanceof Double d) {
      rawsetNumber(d, value);
    } else {
      hashPut(key, value);
    }
  }

  public void rawsetNumber(double d, Object value) {
    if (value == LuaNil.NIL) {
      value = null;
    }
    int i = (int) d;
    if (i == d && i >= 1) {
      rawsetInt(i, value);
      return;
    }
    if (d == 0.0) {
      d = 0.0;
    }
    hashPut(d, value);
  }

  public void rawsetInt(int i, Object value) {
    if (value == LuaNil.NIL) {
      value = null;
    }
    if (i >= 1 && i <= arraySize) {
      arraySet(i - 1, value);
      return;
    }
    if (i == arraySize + 1 && i > 0) {
      if (value == null) {
        hashPut((double) i, null);
        return;
      }
      appendArray(i, value);
      return;
    }
    hashPut((double) i, value);
  }

  /**
   * Grows the array part to the next power of two for key {@code i == arraySize + 1}, the size
   * PUC's rehash (computesizes) picks for a sequence, so borders match lua5.1's.
   */
  private void appendArray(int i, Object value) {
    int cap = Integer.highestOneBit(i);
    if (cap < i) {
      cap <<= 1;
    }
    if (arraySize == 0 && value instanceof Double) {
      numbers = holes(cap);
    } else if (numbers != null) {
      double[] grown = Arrays.copyOf(numbers, cap);
      Arrays.fill(grown, arraySize, cap, HOLE);
      numbers = grown;
    } else {
      array = Arrays.copyOf(array, cap);
    }
    arraySize = cap;
    arraySet(i - 1, value);
    if (live > 0) {
      migrateFromHash(i + 1);
    }
  }

  /** After the array part grew, integer keys from {@code from} up to its size move into it. */
  @TruffleBoundary
  private void migrateFromHash(int from) {
    for (int k = from; k <= arraySize; k++) {
      int pos = findEntry((double) k);
      if (pos >= 0 && vals[pos] != null) {
        arraySet(k - 1, vals[pos]);
        setEntryValue(pos, null);
      }
    }
  }

  /**
   * Installs the positional items of a constructor as the array part (OP_SETLIST into a table
   * whose array part was sized by OP_NEWTABLE): nil items keep their slots, as in PUC.
   */
  public void setArray(Object[] items, int count) {
    for (int i = 0; i < count; i++) {
      if (items[i] == LuaNil.NIL) {
        items[i] = null;
      }
    }
    boolean allNumbers = count > 0;
    for (int i = 0; i < count && allNumbers; i++) {
      allNumbers = items[i] instanceof Double;
    }
    if (allNumbers) {
      double[] nums = new double[count];
      for (int i = 0; i < count; i++) {
        nums[i] = (Double) items[i];
      }
      numbers = nums;
      array = EMPTY;
    } else {
      array = items.length == count ? items : Arrays.copyOf(items, count);
      numbers = null;
    }
    arraySize = count;
    if (live > 0) {
      for (int i = 1; i <= count; i++) {
        int pos = findEntry((double) i);
        if (pos >= 0 && vals[pos] != null) {
          setEntryValue(pos, null);
        }
      }
    }
  }

  // ---------------------------------------------------------------- length

  /** The length operator on a table without {@code __len} (luaH_getn): a border. */
  public int length() {
    int n = arraySize;
    if (n > 0 && arrayGet(n - 1) == null) {
      // binary search for a border inside the array part
      int lo = 0;
      int hi = n;
      while (hi - lo > 1) {
        int m = (lo + hi) >>> 1;
        if (arrayGet(m - 1) == null) {
          hi = m;
        } else {
          lo = m;
        }
      }
      return lo;
    }
    if (live == 0) {
      return n;
    }
    return unboundSearch(n);
  }

  @TruffleBoundary
  private int unboundSearch(int j) {
    long i = j;
    long k = j + 1L;
    while (hashGet((double) k) != null) {
      i = k;
      k *= 2;
      if (k > Integer.MAX_VALUE) {
        // pathological: linear search like PUC
        int m = 1;
        while (rawgetInt(m) != null) {
          m++;
        }
        return m - 1;
      }
    }
    while (k - i > 1) {
      long m = (i + k) / 2;
      if (hashGet((double) m) == null) {
        k = m;
      } else {
        i = m;
      }
    }
    return (int) i;
  }

  /** The size of the array part (keys 1..n live there). */
  public int arraySize() {
    return arraySize;
  }


  /** table.insert(t, pos, v) / table.remove support: shift helpers live in the table library. */
  public boolean hasHashPart() {
    return live > 0;
  }

  // ---------------------------------------------------------------- hash part

  public static int hashOf(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  private static boolean keyEquals(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof String sa) {
      return b instanceof String sb && sa.equals(sb);
    }
    if (a instanceof Double da) {
      return b instanceof Double db && da.doubleValue() == db.doubleValue();
    }
    return false;
  }

  /** The entry position of key, or -1. */
  public int findEntry(Object key) {
    int[] idx = index;
    if (idx.length == 0) {
      return -1;
    }
    int mask = idx.length - 1;
    int b = hashOf(key) & mask;
    while (true) {
      int e = idx[b];
      if (e == 0) {
        return -1;
      }
      Object k = keys[e - 1];
      if (keyEquals(k, key)) {
        return e - 1;
      }
      b = (b + 1) & mask;
    }
  }

  private Object hashGet(Object key) {
    if (used == 0) {
      return null;
    }
    int pos = findEntry(key);
    return pos < 0 ? null : vals[pos];
  }

  private void hashPut(Object key, Object value) {
    int pos = findEntry(key);
    if (pos >= 0) {
      setEntryValue(pos, value);
      return;
    }
    if (value == null) {
      return;
    }
    insertNew(key, value);
  }

  private void insertNew(Object key, Object value) {
    if (used == keys.length) {
      rehash(live + 1);
    }
    int pos = used++;
    keys[pos] = key;
    vals[pos] = value;
    live++;
    int mask = index.length - 1;
    int b = hashOf(key) & mask;
    while (index[b] != 0) {
      b = (b + 1) & mask;
    }
    index[b] = pos + 1;
  }

  private void allocHash(int n) {
    int cap = 4;
    while (cap < n) {
      cap <<= 1;
    }
    keys = new Object[cap];
    vals = new Object[cap];
    index = new int[cap * 2];
    used = 0;
    live = 0;
  }

  /** Compacts the entries (dropping nil-valued ones) and resizes for at least {@code need}. */
  @TruffleBoundary
  private void rehash(int need) {
    Object[] oldKeys = keys;
    Object[] oldVals = vals;
    int oldUsed = used;
    allocHash(Math.max(4, (live + 1) * 2));
    for (int i = 0; i < oldUsed; i++) {
      if (oldVals[i] != null) {
        insertNew(oldKeys[i], oldVals[i]);
      }
    }
    layoutChanged();
  }

  /** Entries moved: a new epoch, and compiled code relying on the old layout is invalidated. */
  private void layoutChanged() {
    epoch++;
    if (layout != null || stable != null) {
      invalidateAssumptions();
    }
  }

  @TruffleBoundary
  private void invalidateAssumptions() {
    if (layout != null) {
      layout.invalidate();
      layout = null;
    }
    if (stable != null) {
      for (Assumption a : stable) {
        if (a != null) {
          a.invalidate();
        }
      }
      stable = null;
    }
  }

  /** The assumption that entries keep their positions (until the next epoch). */
  public Assumption layoutAssumption() {
    CompilerDirectives.transferToInterpreter();
    if (layout == null) {
      layout = Assumption.create("table layout");
    }
    return layout;
  }

  /**
   * The assumption that the value at entry {@code pos} does not change; {@link
   * Assumption#NEVER_VALID} once it has changed.
   */
  public Assumption valueAssumption(int pos) {
    CompilerDirectives.transferToInterpreter();
    if (stable == null) {
      stable = new Assumption[keys.length];
    }
    Assumption a = stable[pos];
    if (a == null) {
      a = Assumption.create("table value");
      stable[pos] = a;
    }
    return a;
  }

  private void valueChanged(int pos) {
    Assumption[] s = stable;
    if (s != null) {
      Assumption a = s[pos];
      if (a != null && a != Assumption.NEVER_VALID) {
        invalidateValue(s, pos, a);
      }
    }
  }

  @TruffleBoundary
  private static void invalidateValue(Assumption[] s, int pos, Assumption a) {
    a.invalidate();
    s[pos] = Assumption.NEVER_VALID;
  }

  /** The entry arrays, for witness nodes: the key and value of entry {@code pos}. */
  public Object[] entryKeys() {
    return keys;
  }

  public Object[] entryValues() {
    return vals;
  }

  /**
   * Looks up a string key whose {@link #hashOf hash} the caller knows (a constant at a
   * constant-key site); returns its entry position or -1.
   */
  public int findString(String key, int hash) {
    int[] idx = index;
    if (idx.length == 0) {
      return -1;
    }
    Object[] ks = keys;
    int mask = idx.length - 1;
    int b = hash & mask;
    while (true) {
      int e = idx[b];
      if (e == 0) {
        return -1;
      }
      Object k = ks[e - 1];
      if (k == key || (k instanceof String s && s.equals(key))) {
        return e - 1;
      }
      b = (b + 1) & mask;
    }
  }

  /** {@link #rawgetString} with the key's hash known. */
  public Object getString(String key, int hash) {
    int pos = findString(key, hash);
    return pos < 0 ? null : vals[pos];
  }

  /** The value at an entry position (for witness-based access); null if nil. */
  public Object entryValue(int pos) {
    return vals[pos];
  }

  public Object entryKey(int pos) {
    return keys[pos];
  }

  public void setEntryValue(int pos, Object value) {
    Object old = vals[pos];
    vals[pos] = value;
    if (old == null) {
      if (value != null) {
        live++;
      }
    } else if (value == null) {
      live--;
    }
    valueChanged(pos);
  }

  /** Replaces a non-nil value at entry {@code pos} by another non-nil value. */
  public void replaceEntryValue(int pos, Object value) {
    vals[pos] = value;
    valueChanged(pos);
  }

  public int entryCapacity() {
    return keys.length;
  }

  // ---------------------------------------------------------------- traversal

  /**
   * {@code next(t, key)} (luaH_next): writes the next key and value into out[0], out[1] and
   * returns true, or returns false at the end. Throws {@link InvalidKeyException} for a key that
   * is not in the table.
   */
  @TruffleBoundary
  public boolean next(Object key, Object[] out) {
    int start; // position in the combined sequence: 0..arraySize-1 array, then entries
    if (key == LuaNil.NIL || key == null) {
      start = 0;
    } else {
      start = -1;
      if (key instanceof Double d) {
        int i = (int) d.doubleValue();
        if (i == d && i >= 1 && i <= arraySize) {
          start = i;
        }
      }
      if (start < 0) {
        Object k = key;
        if (k instanceof Double d && d == 0.0) {
          k = 0.0;
        }
        int pos = findEntry(k);
        if (pos < 0) {
          throw new InvalidKeyException();
        }
        start = arraySize + pos + 1;
      }
    }
    for (int i = start; i < arraySize; i++) {
      Object v = arrayGet(i);
      if (v != null) {
        out[0] = (double) (i + 1);
        out[1] = v;
        return true;
      }
    }
    for (int p = Math.max(0, start - arraySize); p < used; p++) {
      if (vals[p] != null) {
        out[0] = keys[p];
        out[1] = vals[p];
        return true;
      }
    }
    return false;
  }

  /** Thrown by {@link #next} for a key that is not in the table. */
  public static final class InvalidKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidKeyException() {
      super(null, null, false, false);
    }
  }

  /** Number of non-nil entries (array and hash), for sizing and interop. */
  public int count() {
    int n = live;
    for (int i = 0; i < arraySize; i++) {
      if (arrayGet(i) != null) {
        n++;
      }
    }
    return n;
  }

  /** Highest positive numeric key (table.maxn). */
  @TruffleBoundary
  public double maxn() {
    double max = 0;
    for (int i = arraySize; i > 0; i--) {
      if (arrayGet(i - 1) != null) {
        max = i;
        break;
      }
    }
    for (int p = 0; p < used; p++) {
      if (vals[p] != null && keys[p] instanceof Double d && d > max) {
        max = d;
      }
    }
    return max;
  }

  /** Drops entries held only weakly; called by collectgarbage (see LuaWeakTables). */
  @TruffleBoundary
  public void removeEntriesIf(java.util.function.BiPredicate<Object, Object> dead) {
    for (int i = 0; i < arraySize; i++) {
      Object v = arrayGet(i);
      if (v != null && dead.test((double) (i + 1), v)) {
        arraySet(i, null);
      }
    }
    boolean removed = false;
    for (int p = 0; p < used; p++) {
      if (vals[p] != null && dead.test(keys[p], vals[p])) {
        setEntryValue(p, null);
        keys[p] = DEAD_KEY;
        removed = true;
      }
    }
    if (removed) {
      layoutChanged();
    }
  }

  @Override
  public String toString() {
    return "table: 0x" + String.format("%08x", System.identityHashCode(this));
  }

  // ---------------------------------------------------------------- interop

  @ExportMessage
  boolean hasMembers() {
    return true;
  }

  @ExportMessage
  @TruffleBoundary
  Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    for (int p = 0; p < used; p++) {
      if (vals[p] != null && keys[p] instanceof String s) {
        names.add(s);
      }
    }
    return new LuaInteropArray(names.toArray());
  }

  @ExportMessage
  @TruffleBoundary
  boolean isMemberReadable(String member) {
    return hashGet(member) != null;
  }

  @ExportMessage
  @TruffleBoundary
  Object readMember(String member) throws UnknownIdentifierException {
    Object v = hashGet(member);
    if (v == null) {
      throw UnknownIdentifierException.create(member);
    }
    return v;
  }

  @ExportMessage
  boolean isMemberModifiable(String member) {
    return isMemberReadable(member);
  }

  @ExportMessage
  boolean isMemberInsertable(String member) {
    return !isMemberReadable(member);
  }

  @ExportMessage
  @TruffleBoundary
  void writeMember(String member, Object value) {
    hashPut(member, LuaInteropArray.fromForeign(value));
  }

  @ExportMessage
  boolean hasArrayElements() {
    return true;
  }

  @ExportMessage
  long getArraySize() {
    return length();
  }

  @ExportMessage
  boolean isArrayElementReadable(long i) {
    return i >= 0 && i < length();
  }

  @ExportMessage
  Object readArrayElement(long i) throws InvalidArrayIndexException {
    if (i < 0 || i >= Integer.MAX_VALUE) {
      throw InvalidArrayIndexException.create(i);
    }
    Object v = rawgetInt((int) i + 1);
    if (v == null) {
      throw InvalidArrayIndexException.create(i);
    }
    return v;
  }

  @ExportMessage
  boolean isArrayElementModifiable(long i) {
    return isArrayElementReadable(i);
  }

  @ExportMessage
  boolean isArrayElementInsertable(long i) {
    return i >= 0 && i < Integer.MAX_VALUE && !isArrayElementReadable(i);
  }

  @ExportMessage
  @TruffleBoundary
  void writeArrayElement(long i, Object value) throws InvalidArrayIndexException {
    if (i < 0 || i >= Integer.MAX_VALUE) {
      throw InvalidArrayIndexException.create(i);
    }
    rawsetInt((int) i + 1, LuaInteropArray.fromForeign(value));
  }

  @ExportMessage
  boolean hasLanguage() {
    return true;
  }

  @ExportMessage
  Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
    return org.lunacy.LuaLanguage.class;
  }

  @ExportMessage
  @TruffleBoundary
  Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
    return toString();
  }
}
