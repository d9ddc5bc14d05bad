package org.lunacy.runtime;

/**
 * PUC Lua 5.1's hash functions and sizing rules for tables (ltable.c, lstring.c, lobject.c), so
 * that a table's array/hash split and node positions, hence {@code next} order and {@code #},
 * are those of lua5.1.
 */
final class LuaTableSizes {
  private LuaTableSizes() {}

  /** MAXBITS: the array part holds at most 2^26 elements. */
  static final int MAXBITS = 26;

  static final int MAXASIZE = 1 << MAXBITS;

  /** luaS_hash: the string hash lua5.1 computes when it interns a string (seed: the length). */
  static int stringHash(String s) {
    int l = s.length();
    int h = l;
    int step = (l >> 5) + 1;
    for (int l1 = l; l1 >= step; l1 -= step) {
      h = h ^ ((h << 5) + (h >>> 2) + (s.charAt(l1 - 1) & 0xff));
    }
    return h;
  }

  /** hashnum's sum of the two 32-bit halves of a double (x86-64 memory order); 0 for zero. */
  static int numberHash(double d) {
    if (d == 0.0) {
      return 0;
    }
    long bits = Double.doubleToRawLongBits(d);
    return (int) bits + (int) (bits >>> 32);
  }

  /**
   * The raw hash of any non-nil key, which mainposition reduces to a node: hashpow2 (low bits)
   * for strings and booleans, hashmod for numbers and objects.
   */
  static int hash(Object key) {
    if (key instanceof String s) {
      return stringHash(s);
    } else if (key instanceof Double d) {
      return numberHash(d);
    } else if (key instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return System.identityHashCode(key);
  }

  /** hashnum: zero (either sign) is node 0, other numbers hashmod of their halves' sum. */
  static int numberPosition(double d, int size) {
    if (d == 0.0) {
      return 0;
    }
    long bits = Double.doubleToRawLongBits(d);
    return Integer.remainderUnsigned((int) bits + (int) (bits >>> 32), (size - 1) | 1);
  }

  /** ceillog2 (luaO_log2(x - 1) + 1) for x >= 1. */
  static int ceilLog2(int x) {
    return 32 - Integer.numberOfLeadingZeros(x - 1);
  }

  /** The node count setnodevector allocates for {@code size} wanted nodes (0: the dummy). */
  static int nodeCount(int size) {
    if (size == 0) {
      return 0;
    }
    int lsize = ceilLog2(size);
    if (lsize > MAXBITS) {
      throw LuaError.error("table overflow");
    }
    return 1 << lsize;
  }

  /**
   * The size OP_NEWTABLE gets for a count of constructor items: luaO_fb2int(luaO_int2fb(n)),
   * a "floating point byte" that rounds counts above 15 up.
   */
  static int constructorSize(int n) {
    int x = n;
    int e = 0;
    while (x >= 16) {
      x = (x + 1) >>> 1;
      e++;
    }
    if (x < 8) {
      return x;
    }
    int fb = ((e + 1) << 3) | (x - 8);
    int exp = (fb >>> 3) & 31;
    return exp == 0 ? fb : ((fb & 7) + 8) << (exp - 1);
  }

  /** countint: counts an integer key 1..MAXASIZE in its slice of nums; returns 1 if counted. */
  static int countInt(Object key, int[] nums) {
    if (key instanceof Double d) {
      double v = d;
      int k = (int) v;
      if (k == v && k > 0 && k <= MAXASIZE) {
        nums[ceilLog2(k)]++;
        return 1;
      }
    }
    return 0;
  }

  /**
   * computesizes: the largest power of two n such that more than half of 1..n are in use;
   * returns {new array size, number of keys that go to the array part}.
   */
  static long computeSizes(int[] nums, int narray) {
    int a = 0;
    int na = 0;
    int n = 0;
    for (int i = 0, twotoi = 1; twotoi / 2 < narray; i++, twotoi *= 2) {
      if (nums[i] > 0) {
        a += nums[i];
        if (a > twotoi / 2) {
          n = twotoi;
          na = a;
        }
      }
      if (a == narray) {
        break;
      }
    }
    return ((long) n << 32) | na;
  }
}
