package org.lunacy.builtins.table;

import static org.lunacy.builtins.LuaBuiltins.define;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaNumbers;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/** The table library (ltablib.c). */
public final class TableLibrary {
  private TableLibrary() {}

  private static final Object[] NONE = new Object[0];

  private static Object[] one(Object v) {
    return new Object[] {v};
  }

  private static Object get(LuaTable t, long i) {
    Object v = t.rawgetNumber((double) i);
    return v == null ? LuaNil.NIL : v;
  }

  private static void set(LuaTable t, long i, Object v) {
    t.rawsetNumber((double) i, v);
  }

  /**
   * tconcat: {@code t[i] .. sep .. ... .. t[last]}. The items are checked and converted first, then
   * joined into a string of exactly their length, so a long result is made once (a single item is
   * returned as it is).
   */
  @TruffleBoundary
  private static String concat(LuaTable t, String sep, long i, long last) {
    if (i > last) {
      return "";
    }
    String[] items = new String[(int) Math.min(last - i + 1, 16)];
    int n = 0;
    long length = 0;
    for (long k = i; k <= last; k++) {
      Object v = get(t, k);
      String s;
      if (v instanceof String str) {
        s = str;
      } else if (v instanceof Double d) {
        s = LuaNumbers.toString(d);
      } else {
        throw LuaError.error(
            "invalid value (" + LuaBuiltinNode.typeName(v) + ") at index " + k
                + " in table for 'concat'");
      }
      if (n == items.length) {
        items = Arrays.copyOf(items, n * 2);
      }
      items[n++] = s;
      length += s.length() + (k != last ? sep.length() : 0);
      LuaError.checkStringLength(length);
    }
    if (n == 1) {
      return items[0];
    }
    return String.join(sep, n == items.length ? items : Arrays.copyOf(items, n));
  }

  public static void install(LuaContext ctx) {
    LuaTable table = LuaBuiltins.library(ctx, "table");
    define(ctx, table, "concat", (self, args) -> {
      String sep = self.optString(args, 2, "");
      LuaTable t = self.checkTable(args, 1);
      long i = self.optInt(args, 3, 1);
      long last = LuaBuiltinNode.isNoneOrNil(args, 4) ? t.length() : self.checkInt(args, 4);
      return one(concat(t, sep, i, last));
    });
    LuaBuiltins.defineInline(ctx, table, "insert", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      long e = t.length() + 1L;
      long pos;
      switch (args.length - 1) {
        case 2:
          pos = e;
          break;
        case 3:
          pos = self.checkInt(args, 2);
          if (pos > e) {
            e = pos;
          }
          {
            long i = e;
            // the last move may store a key past the array part (the table may grow): alone
            if (i > pos && !t.inArrayPart(i)) {
              set(t, i, get(t, i - 1));
              i--;
            }
            if (i > pos && t.arrayShift(pos, pos + 1, i - pos)) {
              i = pos;
            }
            for (; i > pos; i--) {
              set(t, i, get(t, i - 1));
            }
          }
          break;
        default:
          throw LuaError.error("wrong number of arguments to 'insert'");
      }
      set(t, pos, args[args.length - 1]);
      return NONE;
    });
    LuaBuiltins.defineInline(ctx, table, "remove", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      long e = t.length();
      long pos = self.optInt(args, 2, (int) e);
      if (!(1 <= pos && pos <= e)) {
        return NONE;
      }
      Object v = get(t, pos);
      if (pos < e && t.arrayShift(pos + 1, pos, e - pos)) {
        pos = e;
      }
      for (; pos < e; pos++) {
        set(t, pos, get(t, pos + 1));
      }
      set(t, e, LuaNil.NIL);
      return one(v);
    });
    define(ctx, table, "maxn", (self, args) -> one(self.checkTable(args, 1).maxn()));
    LuaBuiltins.defineInline(ctx, table, "getn", (self, args) -> one((double) self.checkTable(args, 1).length()));
    define(ctx, table, "setn", (self, args) -> {
      self.checkTable(args, 1);
      throw LuaError.error("'setn' is obsolete");
    });
    define(ctx, table, "foreach", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      Object f = checkFunction(self, args, 2);
      Object[] kv = new Object[2];
      Object k = LuaNil.NIL;
      while (t.next(k, kv)) {
        k = kv[0];
        Object r = LuaCalls.call1(f, kv[0], kv[1]);
        if (r != LuaNil.NIL) {
          return one(r);
        }
      }
      return NONE;
    });
    define(ctx, table, "foreachi", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      int n = t.length();
      Object f = checkFunction(self, args, 2);
      for (int i = 1; i <= n; i++) {
        Object r = LuaCalls.call1(f, (double) i, get(t, i));
        if (r != LuaNil.NIL) {
          return one(r);
        }
      }
      return NONE;
    });
    define(ctx, table, "sort", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      int n = t.length();
      Object cmp = LuaBuiltinNode.arg(args, 2);
      if (cmp != LuaNil.NIL && !(cmp instanceof org.lunacy.runtime.LuaFunction)) {
        throw self.typeError(args, 2, "function");
      }
      new Sorter(t, cmp == LuaNil.NIL ? null : cmp).sort(1, n);
      return NONE;
    });
  }

  /** luaL_checktype(L, i, LUA_TFUNCTION). */
  private static Object checkFunction(LuaBuiltinNode self, Object[] args, int i) {
    Object f = LuaBuiltinNode.arg(args, i);
    if (!(f instanceof org.lunacy.runtime.LuaFunction)) {
      throw self.typeError(args, i, "function");
    }
    return f;
  }

  /** auxsort of ltablib.c: quicksort with median of three, same comparisons as PUC. */
  private static final class Sorter {
    private final LuaTable t;
    private final Object cmp;

    Sorter(LuaTable t, Object cmp) {
      this.t = t;
      this.cmp = cmp;
    }

    private boolean less(Object a, Object b) {
      if (cmp == null) {
        if (a instanceof Double x && b instanceof Double y) {
          return x < y;
        }
        return LuaOps.lessThan(a, b, null);
      }
      return LuaOps.isTrue(LuaCalls.call1(cmp, a, b));
    }

    private Object g(int i) {
      return get(t, i);
    }

    private void s(int i, Object v) {
      set(t, i, v);
    }

    void sort(int l, int u) {
      while (l < u) {
        // sort elements a[l], a[(l+u)/2] and a[u]
        if (less(g(u), g(l))) {
          swap(l, u);
        }
        if (u - l == 1) {
          break;
        }
        int i = (l + u) / 2;
        if (less(g(i), g(l))) {
          swap(i, l);
        } else if (less(g(u), g(i))) {
          swap(i, u);
        }
        if (u - l == 2) {
          break;
        }
        Object p = g(i);
        swap(i, u - 1);
        // invariant: a[l] <= P == a[u-1] <= a[u]
        i = l;
        int j = u - 1;
        for (; ; ) {
          while (less(g(++i), p)) {
            if (i > u) {
              throw LuaError.error("invalid order function for sorting");
            }
          }
          while (less(p, g(--j))) {
            if (j < l) {
              throw LuaError.error("invalid order function for sorting");
            }
          }
          if (j < i) {
            break;
          }
          swap(i, j);
        }
        swap(u - 1, i);
        // a[l..i-1] <= a[i] == P <= a[i+1..u]; recurse into the smaller part
        if (i - l < u - i) {
          j = l;
          i = i - 1;
          l = i + 2;
        } else {
          j = i + 1;
          i = u;
          u = j - 2;
        }
        sort(j, i);
      }
    }

    private void swap(int i, int j) {
      Object a = g(i);
      s(i, g(j));
      s(j, a);
    }
  }
}
