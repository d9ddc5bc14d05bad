package org.lunacy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
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
 * everything else, laid out exactly as lua5.1 lays them out, so that {@code next} order and the
 * border {@code #} finds are lua5.1's.
 *
 * <p>The hash part is PUC's node vector: {@code 2^k} nodes ({@link #keys}, {@link #vals}, {@link
 * #links}), a key living in its main position (see {@link #position}) or chained
 * from it; a new key that collides takes a free node found by {@link #lastFree} moving down from
 * the end, and a colliding key that is not in its own main position moves out (newkey). When no
 * node is free, rehash counts the integer keys and picks new array and hash sizes (computesizes).
 * Assigning nil keeps the key in its node (its value becomes null), so traversal with {@code
 * next} tolerates assignments to existing fields.
 *
 * <p>A node can remember the position where a key lives (a <em>hash-slot witness</em>) and check
 * only that {@code keys[pos]} still holds that key. {@link #epoch} changes whenever a key can
 * leave its node (rehash, a node moved by newkey, a nil-valued key replaced, a weak sweep). Code
 * that folded a node's value relies on that node's {@link #valueAssumption}, and code that relies
 * on a key being absent on the {@link #absenceAssumption}.
 *
 * <p>Values are never {@link LuaNil#NIL} inside a table: absent is {@code null}.
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaTable implements TruffleObject {
  private static final Object[] EMPTY = new Object[0];
  private static final int[] EMPTY_INDEX = new int[0];
  /** Replaces the key of an entry removed by a weak-table sweep (so the key can be collected). */
  private static final Object DEAD_KEY = new Object();
  /** The least node capacity allocated, so that 1, 2 and 4 nodes share arrays (regrowSmall). */
  private static final int SMALL_CAPACITY = 4;
  /** A nil in a numbers-only array part: a signalling NaN that Lua arithmetic never produces. */
  private static final long HOLE_BITS = 0x7ff4_0000_dead_beefL;
  private static final double HOLE = Double.longBitsToDouble(HOLE_BITS);
  /** The value of a node whose value is a number, kept unboxed in {@link #nodeNumbers}. */
  private static final Object IN_NUMBERS = new Object();

  /** The array part when it holds any kind of value (null: nil); unused while numbers is set. */
  private Object[] array = EMPTY;
  /**
   * The array part while it holds only numbers (storage strategy): unboxed, nil as {@link #HOLE}.
   * The first non-number stored converts it to {@link #array} for good.
   */
  private double[] numbers;
  private int arraySize;

  /** Node keys (null: a free node); the length is 0 (PUC's dummy node) or a power of two. */
  private Object[] keys = EMPTY;
  /**
   * Node values (null: nil, the key stays until the next rehash). A number stored over a node's
   * value is not boxed: the node holds {@link #IN_NUMBERS} and the number is in {@link
   * #nodeNumbers}, so updating a numeric field allocates nothing.
   */
  private Object[] vals = EMPTY;
  /**
   * The numbers of the nodes whose value is {@link #IN_NUMBERS} (as long as {@link #vals}); made
   * for the first one.
   */
  private double[] nodeNumbers;
  /**
   * Per node i: {@code links[2i]} is the next node of its collision chain plus one (0: end of
   * the chain), {@code links[2i+1]} the raw hash of its key (PUC keeps a string's in the string).
   */
  private int[] links = EMPTY_INDEX;
  /**
   * sizenode: the number of nodes, 0 (PUC's dummy node) or a power of two; the arrays may be
   * longer (small tables grow in place), with null keys beyond.
   */
  private int nodeSize;
  /** Free nodes are searched below this position (getfreepos). */
  private int lastFree;
  /** Nodes with a non-null value. */
  private int live;

  private int epoch;
  /**
   * Per node, created on demand: valid while the node's value has not changed since it was
   * created, so compiled code may fold the value (a global function, a module's field). A node
   * whose value changed holds {@link Assumption#NEVER_VALID} and is never folded again.
   */
  private Assumption[] stable;
  /**
   * Valid while no key is added to the node vector: created for witness nodes that rely on this
   * table's identity and on a key being absent from it (a metatable without {@code __newindex},
   * a global that is not defined). Invalidated by every new key.
   */
  private Assumption noNewKeys;
  /** How many times {@link #noNewKeys} was invalidated; past a few, no more are handed out. */
  private byte keyAdditions;
  /**
   * Valid while the epoch stays, that is while every key stays in its node: created for witness
   * nodes that rely on this table's identity (the globals, a module), which then read a key's
   * node without testing the key there.
   */
  private Assumption keysStay;
  /** How many times {@link #keysStay} was invalidated; past a few, no more are handed out. */
  private byte keyMoves;

  /**
   * How many times a table's {@link #noNewKeys}, or its {@link #keysStay}, may be invalidated
   * before it hands out no more (each time, the compiled code relying on it goes).
   */
  private static final int MAX_INVALIDATIONS = 8;

  private LuaTable metatable;
  /**
   * Bit {@code h & 63} is set for the hash {@code h} of every key that has had a node since the
   * node vector was made: a lookup whose bit is clear knows the key is absent without probing.
   * A method looked up in an object that does not have it (found in its class through
   * {@code __index}) usually takes one test that way.
   */
  private long keyBits;
  /**
   * Whether {@link #keys} and {@link #links} are still those of the constructor {@link Layout}
   * that made the table, shared with the other tables it made: whatever changes a key or a link
   * copies them first. A table of fields that only change values allocates its values alone.
   */
  private boolean sharedNodes;
  /** Weak mode from {@code __mode}: bit 1 weak keys, bit 2 weak values (see LuaWeakTables). */
  public byte weakMode;
  /**
   * Whether setmetatable gave this table to others as a metatable without a weak mode, and no
   * {@code __mode} key came since: setmetatable with it then has nothing to tell {@link
   * LuaWeakTables#updateMode}, and creating objects of a class calls out to nothing.
   */
  public boolean plainMetatable;

  public LuaTable() {}

  /** luaH_new: an array part of {@code narray} nils and room for {@code nhash} keys. */
  public LuaTable(int narray, int nhash) {
    if (narray > 0) {
      array = new Object[narray];
      arraySize = narray;
    }
    if (nhash > 0) {
      setNodeVector(nhash);
    }
  }

  /** Metamethod names (in {@link #eventIndex} order), whose hashes are computed once. */
  private static final String[] EVENTS = {
    "__index", "__newindex", "__gc", "__mode", "__eq", "__add", "__sub", "__mul", "__div",
    "__mod", "__pow", "__unm", "__len", "__lt", "__le", "__concat", "__call", "__tostring",
    "__metatable"
  };

  private static final int[] EVENT_HASHES = new int[EVENTS.length];

  static {
    for (int i = 0; i < EVENTS.length; i++) {
      EVENT_HASHES[i] = LuaTableSizes.stringHash(EVENTS[i]);
    }
  }

  /** {@link #rawgetString} of a metamethod name (luaT_gettm), without hashing it again. */
  public Object rawgetEvent(String event) {
    int i = eventIndex(event);
    return i < 0 ? rawgetString(event) : getString(event, EVENT_HASHES[i]);
  }

  private static int eventIndex(String event) {
    return switch (event) {
      case "__index" -> 0;
      case "__newindex" -> 1;
      case "__gc" -> 2;
      case "__mode" -> 3;
      case "__eq" -> 4;
      case "__add" -> 5;
      case "__sub" -> 6;
      case "__mul" -> 7;
      case "__div" -> 8;
      case "__mod" -> 9;
      case "__pow" -> 10;
      case "__unm" -> 11;
      case "__len" -> 12;
      case "__lt" -> 13;
      case "__le" -> 14;
      case "__concat" -> 15;
      case "__call" -> 16;
      case "__tostring" -> 17;
      case "__metatable" -> 18;
      default -> -1;
    };
  }

  /** The array or hash size OP_NEWTABLE encodes for {@code n} constructor items. */
  public static int constructorSize(int n) {
    return LuaTableSizes.constructorSize(n);
  }

  public LuaTable getMetatable() {
    return metatable;
  }

  public void setMetatable(LuaTable mt) {
    if (metatableStable != null && mt != metatable) {
      invalidateMetatable();
    }
    this.metatable = mt;
  }

  /** Valid while the table keeps its metatable (null until some code relies on it). */
  private Assumption metatableStable;

  /** The assumption that the table keeps the metatable it has now. */
  public Assumption metatableAssumption() {
    CompilerDirectives.transferToInterpreter();
    if (metatableStable == null) {
      metatableStable = Assumption.create("table metatable");
    }
    return metatableStable;
  }

  @TruffleBoundary
  private void invalidateMetatable() {
    metatableStable.invalidate();
    metatableStable = null;
  }

  public int getEpoch() {
    return epoch;
  }

  // ---------------------------------------------------------------- array part storage

  /** Element {@code idx} (0-based) of the array part; null for nil. */
  private Object arrayGet(int idx) {
    return numbers != null ? numericArrayValue(idx) : array[idx];
  }

  /** Stores into element {@code idx} (0-based) of the array part; null stores nil. */
  private void arraySet(int idx, Object value) {
    if (numbers != null) {
      if (numericArrayStore(idx, value)) {
        return;
      }
      generalizeArray();
    }
    CompilerDirectives.castExact(array, Object[].class)[idx] = value;
  }

  /**
   * The 0-based array-part position of the number key {@code d}, or -1 when the key is not an
   * integer in 1..arraySize (the hash part then holds it, if anything does).
   */
  public int arrayPosition(double d) {
    int i = (int) d;
    return i == d && i >= 1 && i <= arraySize ? i - 1 : -1;
  }

  /** The value at array-part position {@code idx} (see {@link #arrayPosition}); null for nil. */
  public Object arrayValue(int idx) {
    return arrayGet(idx);
  }

  /** Stores into array-part position {@code idx} (see {@link #arrayPosition}); NIL stores nil. */
  public void arrayStore(int idx, Object value) {
    arraySet(idx, value == LuaNil.NIL ? null : value);
  }

  /**
   * The number at array-part position {@code idx} while the array part stores numbers unboxed;
   * {@link #HOLE} (test with {@link #isHole}) when it does not, or when that element is nil.
   */
  public double arrayNumber(int idx) {
    double[] nums = numbers;
    return nums != null ? nums[idx] : HOLE;
  }

  /**
   * {@link #arrayValue} when the array part stores numbers unboxed (see {@link
   * #hasNumericArray}): for sites that profile which kind of array part they meet.
   */
  public Object numericArrayValue(int idx) {
    double d = numbers[idx];
    return Double.doubleToRawLongBits(d) == HOLE_BITS ? null : (Object) d;
  }

  /** {@link #arrayValue} when the array part stores objects. */
  public Object objectArrayValue(int idx) {
    return array[idx];
  }

  /**
   * {@link #arrayStore} when the array part stores numbers unboxed: false, storing nothing,
   * when {@code value} is not a number or nil (the array part must hold objects first).
   */
  public boolean numericArrayStore(int idx, Object value) {
    if (value instanceof Double d) {
      numbers[idx] = d;
      return true;
    } else if (value == LuaNil.NIL || value == null) {
      numbers[idx] = HOLE;
      return true;
    }
    return false;
  }

  /** {@link #arrayStore} when the array part stores objects. */
  public void objectArrayStore(int idx, Object value) {
    CompilerDirectives.castExact(array, Object[].class)[idx] = value == LuaNil.NIL ? null : value;
  }

  /** Whether the integer key {@code i} lies in the array part. */
  public boolean inArrayPart(long i) {
    return i >= 1 && i <= arraySize;
  }

  /**
   * Raw moves of {@code n} elements from keys {@code from..from+n-1} to {@code to..to+n-1}
   * (table.insert and table.remove shifting their elements) when both ranges lie in the array
   * part: one array copy, with what element-by-element raw gets and sets would leave. Returns
   * false, moving nothing, otherwise.
   */
  public boolean arrayShift(long from, long to, long n) {
    if (n <= 0 || Math.min(from, to) < 1 || Math.max(from, to) + n - 1 > arraySize) {
      return false;
    }
    if (numbers != null) {
      System.arraycopy(numbers, (int) from - 1, numbers, (int) to - 1, (int) n);
    } else {
      System.arraycopy(array, (int) from - 1, array, (int) to - 1, (int) n);
    }
    return true;
  }

  /** Whether {@code d} is what {@link #arrayNumber} gives for no number. */
  public static boolean isHole(double d) {
    return Double.doubleToRawLongBits(d) == HOLE_BITS;
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
    int pos = arrayPosition(d);
    return pos >= 0 ? arrayGet(pos) : numberGet(d);
  }

  public Object rawgetInt(int i) {
    if (i >= 1 && i <= arraySize) {
      return arrayGet(i - 1);
    }
    return numberGet(i);
  }

  public Object rawgetString(String key) {
    return hashGet(key);
  }

  /** Raw set (luaH_set); value null or NIL stores nil. The caller checked that key is not nil/NaN. */
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
    int pos = arrayPosition(d);
    if (pos >= 0) {
      arraySet(pos, value);
      return;
    }
    numberPut(d, value); // a new key -0 stays -0 (luaH_newkey keeps the key it is given)
  }

  public void rawsetInt(int i, Object value) {
    if (value == LuaNil.NIL) {
      value = null;
    }
    if (i >= 1 && i <= arraySize) {
      arraySet(i - 1, value);
      return;
    }
    numberPut(i, value);
  }

  /**
   * Stores the positional items of a constructor (OP_SETLIST into the table OP_NEWTABLE sized):
   * the array part grows to {@code count} if it is smaller (luaH_resizearray), nil items keep
   * their slots.
   */
  public void setArray(Object[] items, int count) {
    boolean allNumbers = itemsToSlots(items, count) && count > 0;
    if (count > arraySize) {
      resizeArray(count);
    }
    if (allNumbers && numbers == null && arrayIsEmpty()) {
      double[] nums = holes(arraySize);
      for (int i = 0; i < count; i++) {
        nums[i] = (Double) items[i];
      }
      numbers = nums;
      array = EMPTY;
    } else if (numbers == null && count == arraySize && items.length == count && arrayIsEmpty()) {
      array = items;
    } else {
      for (int i = 0; i < count; i++) {
        arraySet(i, items[i]);
      }
    }
  }

  /** Turns nil items into empty slots; returns whether all {@code count} items are numbers. */
  private static boolean itemsToSlots(Object[] items, int count) {
    boolean allNumbers = true;
    for (int i = 0; i < count; i++) {
      Object v = items[i];
      if (v == LuaNil.NIL) {
        items[i] = null;
        allNumbers = false;
      } else if (!(v instanceof Double)) {
        allNumbers = false;
      }
    }
    return allNumbers;
  }

  /**
   * A constructor with positional items only: the array part OP_NEWTABLE sized for {@code size}
   * items, or for all {@code count} of them when a multi-valued last item brought more.
   */
  public static LuaTable fromItems(Object[] items, int count, int size) {
    LuaTable t = new LuaTable();
    int n = Math.max(size, count);
    if (n == 0) {
      return t;
    }
    boolean allNumbers = itemsToSlots(items, count);
    if (allNumbers) {
      double[] nums = n == count ? new double[n] : holes(n);
      for (int i = 0; i < count; i++) {
        nums[i] = (Double) items[i];
      }
      t.numbers = nums;
    } else {
      t.array = items.length == n ? items : Arrays.copyOf(items, n);
      if (count < n) {
        Arrays.fill(t.array, count, n, null);
      }
    }
    t.arraySize = n;
    return t;
  }

  /**
   * The nodes of a constructor's table when its keyed fields all have constant string keys: what
   * storing those keys in order into a fresh table of the constructor's sizes makes, each with a
   * value. Every table the constructor makes shares them until it changes its keys (the arrays
   * are constants in compiled code: a table allocates its values alone, and one that does not
   * escape nothing at all).
   */
  public static final class Layout {
    private final int arraySize;
    @CompilationFinal(dimensions = 1) private final Object[] keys;
    @CompilationFinal(dimensions = 1) private final int[] links;
    private final int nodeSize;
    private final int lastFree;
    private final int live;
    private final int epoch;
    private final long keyBits;

    /** The layout of {@code t}, a table that nothing else refers to. */
    public Layout(LuaTable t) {
      this.keyBits = t.keyBits;
      this.arraySize = t.arraySize;
      this.keys = t.keys;
      this.links = t.links;
      this.nodeSize = t.nodeSize;
      this.lastFree = t.lastFree;
      this.live = t.live;
      this.epoch = t.epoch;
    }
  }

  /**
   * A fresh table with the nodes of {@code layout} and no values yet: the constructor puts each
   * field's value into its key's node with {@link #initNodeValue}, all of them non-nil. Storing
   * the fields one by one would have made the same nodes.
   */
  public static LuaTable fromLayout(Layout layout) {
    LuaTable t = new LuaTable();
    int n = layout.arraySize;
    if (n > 0) {
      t.array = new Object[n];
      t.arraySize = n;
    }
    // the keys and links stay the layout's until the table changes them (unshareNodes)
    t.keys = layout.keys;
    t.vals = new Object[layout.keys.length];
    t.links = layout.links;
    t.sharedNodes = true;
    t.nodeSize = layout.nodeSize;
    t.lastFree = layout.lastFree;
    t.live = layout.live;
    t.keyBits = layout.keyBits;
    t.epoch = layout.epoch;
    return t;
  }

  /** Puts a constructor field's value into node {@code pos} of a table from {@link #fromLayout}. */
  public void initNodeValue(int pos, Object value) {
    vals[pos] = value;
  }

  /** The value of node {@code pos} (a number boxed again); null if nil. */
  private Object nodeValue(int pos) {
    Object v = vals[pos];
    return v == IN_NUMBERS ? (Object) nodeNumbers[pos] : v;
  }

  private boolean arrayIsEmpty() {
    Object[] a = array;
    for (int i = 0; i < arraySize; i++) {
      if (a[i] != null) {
        return false;
      }
    }
    return true;
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

  /** unbound_search: doubling then binary search for a border among the hash part's keys. */
  @TruffleBoundary
  private int unboundSearch(int j) {
    long i = j;
    long k = j + 1L;
    while (rawgetInt((int) k) != null) {
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
      if (rawgetInt((int) m) == null) {
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

  /** Whether the hash part holds a non-nil value. */
  public boolean hasHashPart() {
    return live > 0;
  }

  // ---------------------------------------------------------------- hash part

  /**
   * The raw hash of a key: for a string lua5.1's luaS_hash, whose low bits are the key's main
   * position (pass it to {@link #findString}).
   */
  public static int hashOf(Object key) {
    return LuaTableSizes.hash(key);
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
    if (a instanceof Boolean ba) {
      return ba.equals(b);
    }
    return false;
  }

  /** The node of key (nil-valued ones included), or -1. -0 must be passed as 0. */
  public int findEntry(Object key) {
    if (key instanceof Double d) {
      return findNumber(d);
    }
    return findHashed(key, LuaTableSizes.hash(key));
  }

  /** A key's main position from its raw hash: hashpow2 or hashmod (see mainposition). */
  private static int position(Object key, int h, int size) {
    if (key instanceof String || key instanceof Boolean) {
      return h & (size - 1);
    }
    return Integer.remainderUnsigned(h, (size - 1) | 1);
  }

  private int findHashed(Object key, int h) {
    int size = nodeSize;
    if (size == 0 || (keyBits & (1L << h)) == 0) {
      return -1;
    }
    Object[] ks = keys;
    int[] ln = links;
    int n = position(key, h, size);
    do {
      if (ln[2 * n + 1] == h && keyEquals(ks[n], key)) {
        return n;
      }
      n = ln[2 * n] - 1;
    } while (n >= 0);
    return -1;
  }

  /**
   * The node of the number key {@code d}, or -1. The key's main position is tested here; the
   * rest of its collision chain behind a boundary, so that compiled code that reads tables in a
   * loop has no loop of its own for it (values it keeps unboxed across one would be boxed).
   */
  private int findNumber(double d) {
    int size = nodeSize;
    if (size == 0) {
      return -1;
    }
    int n = LuaTableSizes.numberPosition(d, size);
    if (keys[n] instanceof Double k && k.doubleValue() == d) {
      return n;
    }
    int next = links[2 * n] - 1;
    return next < 0 ? -1 : findNumberInChain(d, next);
  }

  @TruffleBoundary
  private int findNumberInChain(double d, int start) {
    Object[] ks = keys;
    int[] ln = links;
    int n = start;
    do {
      if (ks[n] instanceof Double k && k.doubleValue() == d) {
        return n;
      }
      n = ln[2 * n] - 1;
    } while (n >= 0);
    return -1;
  }

  private Object hashGet(Object key) {
    int pos = findEntry(key);
    return pos < 0 ? null : nodeValue(pos);
  }

  private Object numberGet(double d) {
    int pos = findNumber(d);
    return pos < 0 ? null : nodeValue(pos);
  }

  /** Stores under a key that is not a number. */
  private void hashPut(Object key, Object value) {
    int h = LuaTableSizes.hash(key);
    int pos = findHashed(key, h);
    if (pos >= 0) {
      setEntryValue(pos, value);
      return;
    }
    insertKey(key, h, value);
  }

  private void numberPut(double d, Object value) {
    int pos = findNumber(d);
    if (pos >= 0) {
      setEntryValue(pos, value);
      return;
    }
    insertKey(d, LuaTableSizes.numberHash(d), value);
  }

  /**
   * luaH_set for an absent key: the key gets a node even when the value is nil, as in lua5.1;
   * after a rehash it may land in the array part instead.
   */
  @TruffleBoundary
  private void insertKey(Object key, int h, Object value) {
    if (plainMetatable && value != null && "__mode".equals(key)) {
      plainMetatable = false;
      LuaWeakTables.modeAdded();
    }
    int n = newKey(key, h);
    if (n < 0) {
      rehashAndSet(key, h, value);
      return;
    }
    vals[n] = value;
    if (value != null) {
      live++;
    }
    valueChanged(n);
  }

  /** No free node: rehash, then store again (the key may now belong to the array part). */
  private void rehashAndSet(Object key, int h, Object value) {
    rehash(key, value);
    if (key instanceof Double) {
      rawset(key, value);
    } else {
      insertKey(key, h, value);
    }
  }

  /**
   * newkey: the node for a new key, or -1 when there is no free node (then the caller rehashes).
   * A colliding key outside its main position moves to the free node.
   */
  private int newKey(Object key, int h) {
    int size = nodeSize;
    if (size == 0) {
      return -1;
    }
    if (sharedNodes) {
      unshareNodes();
    }
    Object[] ks = keys;
    int[] ln = links;
    int mp = position(key, h, size);
    if (vals[mp] != null) {
      int n = freePosition();
      if (n < 0) {
        return -1;
      }
      int othern = position(ks[mp], ln[2 * mp + 1], size);
      if (othern != mp) {
        // the colliding key moves into the free node
        while (ln[2 * othern] - 1 != mp) {
          othern = ln[2 * othern] - 1;
        }
        ln[2 * othern] = n + 1;
        ks[n] = ks[mp];
        vals[n] = vals[mp];
        if (nodeNumbers != null) {
          nodeNumbers[n] = nodeNumbers[mp];
        }
        ln[2 * n] = ln[2 * mp];
        ln[2 * n + 1] = ln[2 * mp + 1];
        ln[2 * mp] = 0;
        vals[mp] = null;
        newEpoch(); // the store that follows invalidates the node's value assumption
      } else {
        // the new key goes into the free node, chained after its main position
        ln[2 * n] = ln[2 * mp];
        ln[2 * mp] = n + 1;
        mp = n;
      }
    } else if (ks[mp] != null) {
      newEpoch(); // a nil-valued key gives up its node, as above
    }
    ks[mp] = key;
    ln[2 * mp + 1] = h;
    keyBits |= 1L << h;
    if (noNewKeys != null) {
      keyAdded();
    }
    return mp;
  }

  /** The table's own copy of the keys and links it shared with its constructor's layout. */
  private void unshareNodes() {
    keys = keys.clone();
    links = links.clone();
    sharedNodes = false;
  }

  /** getfreepos: the next free node below {@link #lastFree}, or -1. */
  private int freePosition() {
    Object[] ks = keys;
    while (lastFree > 0) {
      lastFree--;
      if (ks[lastFree] == null) {
        return lastFree;
      }
    }
    return -1;
  }

  /** setnodevector: room for {@code size} keys, rounded up to a power of two (0: none). */
  private void setNodeVector(int size) {
    sharedNodes = false;
    int n = LuaTableSizes.nodeCount(size);
    if (n == 0) {
      keys = EMPTY;
      vals = EMPTY;
      links = EMPTY_INDEX;
      nodeNumbers = null;
    } else {
      int cap = Math.max(n, SMALL_CAPACITY);
      keys = new Object[cap];
      vals = new Object[cap];
      links = new int[2 * cap];
      nodeNumbers = null;
    }
    nodeSize = n;
    lastFree = n;
    live = 0;
    keyBits = 0;
  }

  /**
   * rehash: counts the integer keys in both parts plus the new key {@code ek}, and resizes to
   * the array size computesizes picks and room in the hash part for the other keys. The value
   * about to be stored chooses the storage of a new array part.
   */
  private void rehash(Object ek, Object value) {
    if (arraySize == 0 && !(ek instanceof Double) && !hasNumberKeys()) {
      resize(0, live + 1, value); // no integer keys: computesizes gives no array part
      return;
    }
    int[] nums = new int[LuaTableSizes.MAXBITS + 1];
    int nasize = numUseArray(nums);
    int totaluse = nasize;
    Object[] ks = keys;
    Object[] vs = vals;
    for (int i = nodeSize - 1; i >= 0; i--) {
      if (vs[i] != null) {
        nasize += LuaTableSizes.countInt(ks[i], nums);
        totaluse++;
      }
    }
    nasize += LuaTableSizes.countInt(ek, nums);
    totaluse++;
    long sizes = LuaTableSizes.computeSizes(nums, nasize);
    resize((int) (sizes >>> 32), totaluse - (int) sizes, value);
  }

  private boolean hasNumberKeys() {
    for (int i = 0; i < nodeSize; i++) {
      if (vals[i] != null && keys[i] instanceof Double) {
        return true;
      }
    }
    return false;
  }

  /** numusearray: counts the non-nil array slots per slice (2^(lg-1), 2^lg]. */
  private int numUseArray(int[] nums) {
    int ause = 0;
    int i = 1;
    for (int lg = 0, ttlg = 1; lg <= LuaTableSizes.MAXBITS; lg++, ttlg *= 2) {
      int lc = 0;
      int lim = ttlg;
      if (lim > arraySize) {
        lim = arraySize;
        if (i > lim) {
          break;
        }
      }
      for (; i <= lim; i++) {
        if (arrayGet(i - 1) != null) {
          lc++;
        }
      }
      nums[lg] += lc;
      ause += lc;
    }
    return ause;
  }

  /** luaH_resizearray: a new array size, the hash part rebuilt at its current size. */
  @TruffleBoundary
  private void resizeArray(int nasize) {
    resize(nasize, nodeSize, null);
  }

  /**
   * resize: grows or shrinks the array part (keys beyond it move to the hash part), then
   * reinserts the old nodes from the last to the first.
   */
  private void resize(int nasize, int nhsize, Object value) {
    layoutChanged();
    int oldasize = arraySize;
    int oldSize = nodeSize;
    int newSize = LuaTableSizes.nodeCount(nhsize);
    if (nasize == oldasize && oldSize <= 2 && newSize > 0 && newSize <= keys.length) {
      regrowSmall(oldSize, newSize);
      return;
    }
    Object[] oldKeys = keys;
    Object[] oldVals = vals;
    double[] oldNumbers = nodeNumbers;
    int[] oldLinks = links;
    if (nasize > oldasize) {
      growArray(nasize, value);
    }
    setNodeVector(nhsize);
    if (nasize < oldasize) {
      arraySize = nasize;
      for (int i = nasize; i < oldasize; i++) {
        Object v = arrayGet(i);
        if (v != null) {
          rawsetInt(i + 1, v);
        }
      }
      if (nasize == 0) {
        array = EMPTY;
        numbers = null;
      } else if (numbers != null) {
        numbers = Arrays.copyOf(numbers, nasize);
      } else {
        array = Arrays.copyOf(array, nasize);
      }
    }
    for (int i = oldSize - 1; i >= 0; i--) {
      Object v = oldVals[i];
      if (v != null) {
        reinsert(oldKeys[i], oldLinks[2 * i + 1], v == IN_NUMBERS ? (Object) oldNumbers[i] : v);
      }
    }
  }

  /**
   * resize of a hash part of at most two nodes into arrays that have room for the new size:
   * the same reinsertion, without allocating.
   */
  private void regrowSmall(int oldSize, int newSize) {
    if (sharedNodes) {
      unshareNodes();
    }
    Object k0 = null;
    Object v0 = null;
    Object k1 = null;
    Object v1 = null;
    int h0 = 0;
    int h1 = 0;
    if (oldSize >= 1) {
      k0 = keys[0];
      v0 = nodeValue(0);
      h0 = links[1];
    }
    if (oldSize == 2) {
      k1 = keys[1];
      v1 = nodeValue(1);
      h1 = links[3];
    }
    Arrays.fill(keys, 0, oldSize, null);
    Arrays.fill(vals, 0, oldSize, null);
    Arrays.fill(links, 0, 2 * oldSize, 0);
    nodeSize = newSize;
    lastFree = newSize;
    live = 0;
    if (v1 != null) {
      reinsert(k1, h1, v1);
    }
    if (v0 != null) {
      reinsert(k0, h0, v0);
    }
  }

  /** luaH_set of a key from the old node vector: absent from the new one, its hash known. */
  private void reinsert(Object key, int h, Object value) {
    if (key instanceof Double d) {
      int k = (int) d.doubleValue();
      if (k == d && k >= 1 && k <= arraySize) {
        arraySet(k - 1, value);
        return;
      }
    }
    insertKey(key, h, value);
  }

  private void growArray(int nasize, Object value) {
    if (numbers != null) {
      double[] grown = Arrays.copyOf(numbers, nasize);
      Arrays.fill(grown, arraySize, nasize, HOLE);
      numbers = grown;
    } else if (arraySize == 0 && value instanceof Double) {
      numbers = holes(nasize);
      array = EMPTY;
    } else {
      array = Arrays.copyOf(array, nasize);
    }
    arraySize = nasize;
  }

  /**
   * The node vector was rebuilt or swept: a new epoch, and compiled code that folded a node's
   * value is invalidated.
   */
  private void layoutChanged() {
    newEpoch();
    if (stable != null) {
      invalidateAssumptions();
    }
  }

  @TruffleBoundary
  private void invalidateAssumptions() {
    for (Assumption a : stable) {
      if (a != null) {
        a.invalidate();
      }
    }
    stable = null;
  }

  /**
   * The assumption that no key is added to the table, or null when keys keep being added to it
   * while sites rely on absent keys (each such site would be invalidated again and again).
   */
  public Assumption absenceAssumption() {
    CompilerDirectives.transferToInterpreter();
    if (keyAdditions >= MAX_INVALIDATIONS) {
      return null;
    }
    if (noNewKeys == null) {
      noNewKeys = Assumption.create("table keys");
    }
    return noNewKeys;
  }

  /** A key may have left its node: code that relies on key positions leaves for the interpreter. */
  private void newEpoch() {
    epoch++;
    if (keysStay != null) {
      CompilerDirectives.transferToInterpreter();
      invalidateKeysStay();
    }
  }

  @TruffleBoundary
  private void invalidateKeysStay() {
    keysStay.invalidate();
    keysStay = null;
    keyMoves++;
  }

  /**
   * The assumption that every key stays in its node, or null when keys keep moving in this table
   * while sites rely on their positions.
   */
  public Assumption keysStayAssumption() {
    CompilerDirectives.transferToInterpreter();
    if (keyMoves >= MAX_INVALIDATIONS) {
      return null;
    }
    if (keysStay == null) {
      keysStay = Assumption.create("table key positions");
    }
    return keysStay;
  }

  /** A key was added while code relies on absent keys: that code leaves for the interpreter. */
  private void keyAdded() {
    CompilerDirectives.transferToInterpreter();
    invalidateAbsence();
  }

  @TruffleBoundary
  private void invalidateAbsence() {
    noNewKeys.invalidate();
    noNewKeys = null;
    keyAdditions++;
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

  /**
   * A store into node {@code pos}: the value assumption of that node, if any code relies on one,
   * is invalidated, once. Compiled code leaves for the interpreter to do it rather than calling
   * out: a call in a loop that stores into tables would make the register allocator save the
   * loop's values around it on every iteration.
   */
  private void valueChanged(int pos) {
    Assumption[] s = stable;
    if (s != null) {
      Assumption a = s[pos];
      if (a != null && a != Assumption.NEVER_VALID) {
        CompilerDirectives.transferToInterpreter();
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

  /** The raw node values: a number's node holds a mark ({@link #isNumberEntry}). */
  public Object[] entryValues() {
    return vals;
  }

  /**
   * Looks up a string key whose {@link #hashOf hash} the caller knows (a constant at a
   * constant-key site); returns its entry position or -1.
   */
  public int findString(String key, int hash) {
    int size = nodeSize;
    if (size == 0 || (keyBits & (1L << hash)) == 0) {
      return -1;
    }
    Object[] ks = keys;
    int[] ln = links;
    int n = hash & (size - 1);
    do {
      Object k = ks[n];
      if (k == key || (ln[2 * n + 1] == hash && k instanceof String s && sameText(s, key))) {
        return n;
      }
      n = ln[2 * n] - 1;
    } while (n >= 0);
    return -1;
  }

  /**
   * Constant keys are interned, so a key found at a constant-key site is nearly always the same
   * object; an equal string made at run time is compared out of line, keeping the inlined
   * lookup small.
   */
  @TruffleBoundary
  private static boolean sameText(String a, String b) {
    return a.equals(b);
  }

  /** {@link #rawgetString} with the key's hash known. */
  public Object getString(String key, int hash) {
    int pos = findString(key, hash);
    return pos < 0 ? null : nodeValue(pos);
  }

  /** The value at an entry position (for witness-based access); null if nil. */
  public Object entryValue(int pos) {
    return nodeValue(pos);
  }

  /** Whether the entry at {@code pos} is nil. */
  public boolean entryIsNil(int pos) {
    return vals[pos] == null;
  }

  /**
   * Whether {@code v}, read from {@link #entryValues}, stands for a number: the entry's value is
   * then {@link #entryNumber}.
   */
  public static boolean isNumberEntry(Object v) {
    return v == IN_NUMBERS;
  }

  /** The number of an entry whose value {@link #isNumberEntry is one}. */
  public double entryNumber(int pos) {
    return nodeNumbers[pos];
  }

  public Object entryKey(int pos) {
    return keys[pos];
  }

  public void setEntryValue(int pos, Object value) {
    storeEntryValue(pos, value);
    valueChanged(pos);
  }

  /**
   * {@link #setEntryValue} where the caller knows the node's value assumption is gone for good
   * (see {@link #valueChangesFree}): nothing to invalidate.
   */
  public void storeEntryValue(int pos, Object value) {
    Object old = vals[pos];
    if (old == IN_NUMBERS && value instanceof Double d) {
      nodeNumbers[pos] = d; // only the number changes: no reference to store, nothing to count
      return;
    }
    // the exact array type spares compiled code the covariant array store check
    Object[] vs = CompilerDirectives.castExact(vals, Object[].class);
    if (value instanceof Double d) {
      // a number replacing a value is kept unboxed (a new key's value stays as it comes: a
      // table whose fields never change needs no room for numbers)
      double[] ns = nodeNumbers;
      if (ns == null) {
        // allocated in place: a call would make compiled code save its live values around it
        ns = new double[vs.length];
        nodeNumbers = ns;
      }
      ns[pos] = d;
      vs[pos] = IN_NUMBERS;
    } else {
      vs[pos] = value;
    }
    if (old == null) {
      if (value != null) {
        live++;
      }
    } else if (value == null) {
      live--;
    }
  }

  /**
   * Whether stores into node {@code pos} have no value assumption to invalidate for as long as
   * the epoch stays (the key-position assumption holds): the node's value changed once already,
   * and its NEVER_VALID mark goes only with the whole array of assumptions, at a new epoch.
   */
  public boolean valueChangesFree(int pos) {
    CompilerDirectives.transferToInterpreter();
    Assumption[] s = stable;
    return s != null && s[pos] == Assumption.NEVER_VALID;
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
    // position in the combined sequence: 0..arraySize-1 array, then entries
    int start = key == LuaNil.NIL || key == null ? 0 : findTraversalPosition(key) + 1;
    for (int i = start; i < arraySize; i++) {
      Object v = arrayGet(i);
      if (v != null) {
        out[0] = (double) (i + 1);
        out[1] = v;
        return true;
      }
    }
    for (int p = Math.max(0, start - arraySize); p < nodeSize; p++) {
      if (vals[p] != null) {
        out[0] = keys[p];
        out[1] = nodeValue(p);
        return true;
      }
    }
    return false;
  }

  /**
   * The position of {@code key} in {@link #next}'s order (0..arraySize-1 the array part, then
   * the nodes), -1 for nil (before the first): where a traversal continues. {@code hint} is the
   * position where the key was last found; only when it is no longer there is the key looked up.
   * Throws {@link InvalidKeyException} for a key that is not in the table.
   */
  public int traversalPosition(Object key, int hint) {
    if (key == LuaNil.NIL) {
      return -1;
    }
    if (hint >= 0) {
      if (hint < arraySize) {
        if (key instanceof Double d && d == hint + 1) {
          return hint;
        }
      } else if (hint - arraySize < nodeSize && keys[hint - arraySize] == key) {
        return hint;
      }
    }
    return findTraversalPosition(key);
  }

  @TruffleBoundary
  private int findTraversalPosition(Object key) {
    if (key instanceof Double d) {
      int i = (int) d.doubleValue();
      if (i == d && i >= 1 && i <= arraySize) {
        return i - 1;
      }
    }
    Object k = key;
    if (k instanceof Double d && d == 0.0) {
      k = 0.0;
    }
    int pos = findEntry(k);
    if (pos < 0) {
      throw new InvalidKeyException();
    }
    return arraySize + pos;
  }

  /** The first position after {@code pos} in {@link #next}'s order that holds a value, or -1. */
  public int nextOccupied(int pos) {
    int size = arraySize;
    for (int i = pos + 1; i < size; i++) {
      if (arrayGet(i) != null) {
        return i;
      }
    }
    Object[] vs = vals;
    for (int p = Math.max(0, pos + 1 - size); p < nodeSize; p++) {
      if (vs[p] != null) {
        return size + p;
      }
    }
    return -1;
  }

  /** The key at position {@code pos} of {@link #next}'s order. */
  public Object traversalKey(int pos) {
    return pos < arraySize ? (Object) (double) (pos + 1) : keys[pos - arraySize];
  }

  /** The value at position {@code pos} of {@link #next}'s order. */
  public Object traversalValue(int pos) {
    return pos < arraySize ? arrayGet(pos) : nodeValue(pos - arraySize);
  }

  /** Thrown by {@link #next} for a key that is not in the table. */
  public static final class InvalidKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidKeyException() {
      super(null, null, false, false);
    }
  }

  /**
   * Rebuilds the table as if it had been created with {@code narray}/{@code nhash} (luaH_new)
   * and its keys stored in the order {@code order} names them (keys it does not hold are
   * skipped), then its other keys in their current traversal order: the layout a library table
   * gets in lua5.1 from luaL_register and the fields its luaopen function adds.
   */
  @TruffleBoundary
  public void relayout(int narray, int nhash, Object[] order) {
    java.util.LinkedHashMap<Object, Object> pairs = new java.util.LinkedHashMap<>();
    Object[] kv = new Object[2];
    Object k = null;
    while (next(k, kv)) {
      k = kv[0];
      pairs.put(k instanceof Double d && d == 0.0 ? (Object) 0.0 : k, kv[1]);
    }
    layoutChanged();
    array = narray > 0 ? new Object[narray] : EMPTY;
    numbers = null;
    arraySize = narray;
    setNodeVector(nhash);
    for (Object key : order) {
      Object v = pairs.remove(key);
      if (v != null) {
        rawset(key, v);
      }
    }
    for (java.util.Map.Entry<Object, Object> e : pairs.entrySet()) {
      rawset(e.getKey(), e.getValue());
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
    for (int p = 0; p < nodeSize; p++) {
      if (vals[p] != null && keys[p] instanceof Double d && d > max) {
        max = d;
      }
    }
    return max;
  }

  /**
   * Visits the keys and values that can refer to other objects (not numbers, strings or
   * booleans); for the reachability walk of LuaWeakTables.
   */
  @TruffleBoundary
  public void forEachReference(java.util.function.Consumer<Object> visit) {
    if (numbers == null) {
      for (int i = 0; i < arraySize; i++) {
        Object v = array[i];
        if (v != null && isReference(v)) {
          visit.accept(v);
        }
      }
    }
    for (int p = 0; p < nodeSize; p++) {
      Object v = vals[p];
      if (v != null) {
        if (isReference(keys[p])) {
          visit.accept(keys[p]);
        }
        if (v != IN_NUMBERS && isReference(v)) {
          visit.accept(v);
        }
      }
    }
  }

  private static boolean isReference(Object v) {
    return !(v instanceof Double || v instanceof String || v instanceof Boolean || v == LuaNil.NIL);
  }

  /** Receives the entries {@link #parkSlots} takes out of a weak table. */
  public interface SlotSink {
    void park(LuaTable table, int slot, Object key, Object value);
  }

  /**
   * A collection's first half (LuaWeakTables.collect): each entry {@code weak} selects is passed
   * to {@code sink} with its slot (array position {@code -1 - i}, or node {@code i}) and cleared
   * in place, without any bookkeeping, so that only the caller's references hold its key and
   * value; {@link #restoreSlot} then puts it back in the same place or removes it. No Lua code may
   * run in between.
   */
  @TruffleBoundary
  public void parkSlots(java.util.function.BiPredicate<Object, Object> weak, SlotSink sink) {
    if (sharedNodes) {
      unshareNodes();
    }
    if (numbers == null) {
      for (int i = 0; i < arraySize; i++) {
        Object v = array[i];
        if (v != null && weak.test((double) (i + 1), v)) {
          sink.park(this, -1 - i, (double) (i + 1), v);
          array[i] = null;
        }
      }
    }
    for (int p = 0; p < nodeSize; p++) {
      Object v = vals[p] == null ? null : nodeValue(p);
      if (v != null && weak.test(keys[p], v)) {
        sink.park(this, p, keys[p], v);
        keys[p] = null;
        vals[p] = null;
      }
    }
  }

  /**
   * Puts a parked entry back where it was ({@code key} and {@code value} as before), or, when
   * either is null (collected), leaves its position nil with a dead key, as lua5.1's cleartable
   * does: a traversal in progress goes on with the entries after it.
   */
  @TruffleBoundary
  public void restoreSlot(int slot, Object key, Object value) {
    if (sharedNodes) {
      unshareNodes();
    }
    if (slot < 0) {
      array[-1 - slot] = value;
      return;
    }
    if (key != null && value != null) {
      keys[slot] = key;
      vals[slot] = value;
      return;
    }
    keys[slot] = DEAD_KEY;
    live--;
    valueChanged(slot);
    layoutChanged();
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
    for (int p = 0; p < nodeSize; p++) {
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
