package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.lunacy.LuaContext;
import org.lunacy.nodes.LuaNode;

/**
 * The generic (slow-path) semantics of Lua operations, mirroring lvm.c and ltm.c: metatable
 * lookup, metamethod dispatch and the runtime error messages. Nodes handle the common cases
 * themselves and call these for everything else.
 *
 * <p>{@code site} is the node whose line the error message names (null when called from a
 * builtin: the position of the calling Lua code is then added, as luaL_error does); {@code desc}
 * names the operand as PUC's getobjname would ({@code "local 'x'"}) or is null.
 */
public final class LuaOps {
  private LuaOps() {}

  public static final int ADD = 0;
  public static final int SUB = 1;
  public static final int MUL = 2;
  public static final int DIV = 3;
  public static final int MOD = 4;
  public static final int POW = 5;
  public static final int UNM = 6;

  private static final String[] ARITH_EVENTS = {
    "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm"
  };

  /** The metamethod of arithmetic operation {@code op} ("__add" for ADD...). */
  public static String arithEvent(int op) {
    return ARITH_EVENTS[op];
  }

  private static final int MAXTAGLOOP = 100;

  public static boolean isTrue(Object v) {
    return v != LuaNil.NIL && v != Boolean.FALSE && v != null;
  }

  // ------------------------------------------------------------------ metatables

  public static LuaTable getMetatable(Object v) {
    if (v instanceof LuaTable t) {
      return t.getMetatable();
    } else if (v instanceof String) {
      return LuaContext.get(null).stringMetatable;
    } else if (v instanceof LuaUserdata u) {
      return u.getMetatable();
    }
    return basicMetatable(v);
  }

  /** The metatable debug.setmetatable gave to all numbers, booleans, nil, functions or threads. */
  @TruffleBoundary
  private static LuaTable basicMetatable(Object v) {
    LuaContext ctx = LuaContext.get(null);
    if (v instanceof Double) {
      return ctx.numberMetatable;
    } else if (v instanceof Boolean) {
      return ctx.booleanMetatable;
    } else if (v instanceof LuaFunction) {
      return ctx.functionMetatable;
    } else if (v instanceof LuaThread) {
      return ctx.threadMetatable;
    } else if (v == LuaNil.NIL || v == null) {
      return ctx.nilMetatable;
    }
    return null;
  }

  private static final int INDEX_HASH = LuaTable.hashOf("__index");
  private static final int NEWINDEX_HASH = LuaTable.hashOf("__newindex");

  /** luaT_gettmbyobj: the metamethod {@code event} of {@code v}, or null. */
  public static Object getMetamethod(Object v, String event) {
    LuaTable mt = getMetatable(v);
    return mt == null ? null : mt.rawgetEvent(event);
  }

  // ------------------------------------------------------------------ conversions

  /** luaV_tonumber: a number, or a string convertible to one; null otherwise. */
  public static Double toNumber(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof String s) {
      return LuaNumbers.str2number(s);
    }
    return null;
  }

  /** The string form of a string or number (luaV_tostring), or null. */
  public static String toStringOrNull(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Double d) {
      return LuaNumbers.toString(d);
    }
    return null;
  }

  /** {@code tostring(v)} (luaB_tostring), honouring {@code __tostring}. */
  @TruffleBoundary
  public static String tostring(Object v) {
    Object h = getMetamethod(v, "__tostring");
    if (h != null) {
      Object r = LuaCalls.call1(h, v);
      if (!(r instanceof String) && !(r instanceof Double)) {
        throw LuaError.error("'__tostring' must return a string");
      }
      return toStringOrNull(r);
    }
    return rawToString(v);
  }

  /** The string form of any value without metamethods (luaL_tolstring's default case). */
  @TruffleBoundary
  public static String rawToString(Object v) {
    if (v instanceof String s) {
      return s;
    } else if (v instanceof Double d) {
      return LuaNumbers.toString(d);
    } else if (v instanceof Boolean b) {
      return b ? "true" : "false";
    } else if (v == LuaNil.NIL || v == null) {
      return "nil";
    } else if (v instanceof LuaFunction f) {
      return "function: " + hex(f);
    } else if (v instanceof LuaTable || v instanceof LuaUserdata || v instanceof LuaThread) {
      return LuaTypes.typeName(v) + ": " + hex(v);
    }
    return "userdata: " + hex(v);
  }

  private static String hex(Object o) {
    return String.format("0x%08x", System.identityHashCode(o));
  }

  // ------------------------------------------------------------------ errors

  @TruffleBoundary
  public static LuaError typeError(LuaNode site, Object v, String op, String desc) {
    String t = LuaTypes.typeName(v);
    String msg =
        desc != null
            ? "attempt to " + op + " " + desc + " (a " + t + " value)"
            : "attempt to " + op + " a " + t + " value";
    return runtimeError(site, msg);
  }

  /**
   * luaG_runerror: the message with the position of {@code site}; without a site (the error
   * happens inside a builtin) there is no position, as PUC adds one only for Lua functions.
   */
  @TruffleBoundary
  public static LuaError runtimeError(LuaNode site, String msg) {
    if (site == null) {
      return new LuaError(msg);
    }
    return LuaError.raw(site.where() + msg, site);
  }

  @TruffleBoundary
  public static LuaError orderError(LuaNode site, Object a, Object b) {
    String t1 = LuaTypes.typeName(a);
    String t2 = LuaTypes.typeName(b);
    if (t1.equals(t2)) {
      return runtimeError(site, "attempt to compare two " + t1 + " values");
    }
    return runtimeError(site, "attempt to compare " + t1 + " with " + t2);
  }

  // ------------------------------------------------------------------ arithmetic

  public static double arithRaw(int op, double x, double y) {
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MUL:
        return x * y;
      case DIV:
        return x / y;
      case MOD:
        return x - Math.floor(x / y) * y;
      case POW:
        return pow(x, y);
      default:
        return -x;
    }
  }

  /**
   * C's pow: unlike Math.pow, 1^y is 1 and (-1)^(+-inf) is 1 even for NaN/infinite y, and a NaN
   * x keeps its sign bit as glibc's x * x does, except that an odd integer y clears it.
   */
  public static double pow(double x, double y) {
    if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) {
      return 1.0;
    }
    if (x != x && y == y && y != 0) {
      return isOddInteger(y) ? Math.abs(x) : x;
    }
    return Math.pow(x, y);
  }

  private static boolean isOddInteger(double y) {
    return Math.abs(y) < 0x1p53 && y == Math.rint(y) && Math.rint(y / 2) * 2 != y;
  }

  /** luaV_arith / Arith: coercion of numeric strings, then the metamethod, then the error. */
  @TruffleBoundary
  public static Object arith(
      int op, Object a, Object b, LuaNode site, String descA, String descB) {
    Double x = toNumber(a);
    Double y = toNumber(b);
    if (x != null && y != null) {
      return arithRaw(op, x, y);
    }
    String event = ARITH_EVENTS[op];
    Object h = getMetamethod(a, event);
    if (h == null) {
      h = getMetamethod(b, event);
    }
    if (h != null) {
      return LuaCalls.metaCall1(site, h, a, b);
    }
    if (x == null) {
      throw typeError(site, a, "perform arithmetic on", descA);
    }
    throw typeError(site, b, "perform arithmetic on", descB);
  }

  // ------------------------------------------------------------------ comparison

  /** luaV_equalval for values that are not raw-equal: {@code __eq} between tables/userdata. */
  @TruffleBoundary
  public static boolean equals(Object a, Object b) {
    return equals(a, b, null);
  }

  /** {@link #equals(Object, Object)} for the Lua code at {@code site} (calls {@code __eq} there). */
  @TruffleBoundary
  public static boolean equals(Object a, Object b, LuaNode site) {
    if (rawEquals(a, b)) {
      return true;
    }
    if ((a instanceof LuaTable && b instanceof LuaTable)
        || (a instanceof LuaUserdata && b instanceof LuaUserdata)) {
      Object h = compareMetamethod(getMetatable(a), getMetatable(b), "__eq");
      if (h != null) {
        return isTrue(LuaCalls.metaCall1(site, h, a, b));
      }
    }
    return false;
  }

  /** luaO_rawequalObj. */
  public static boolean rawEquals(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Double x) {
      return b instanceof Double y && x.doubleValue() == y.doubleValue();
    }
    if (a instanceof String s) {
      return b instanceof String t && s.equals(t);
    }
    if (a instanceof Boolean x) {
      return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
    }
    return false;
  }

  /** get_compTM: the metamethod shared by both metatables, or null. */
  private static Object compareMetamethod(LuaTable mt1, LuaTable mt2, String event) {
    if (mt1 == null) {
      return null;
    }
    Object tm1 = mt1.rawgetEvent(event);
    if (tm1 == null) {
      return null;
    }
    if (mt1 == mt2) {
      return tm1;
    }
    if (mt2 == null) {
      return null;
    }
    Object tm2 = mt2.rawgetEvent(event);
    if (tm2 == null) {
      return null;
    }
    return rawEquals(tm1, tm2) ? tm1 : null;
  }

  /** call_orderTM: the result of the order metamethod, or null when there is none. */
  private static Object orderMetamethod(Object a, Object b, String event, LuaNode site) {
    Object tm1 = getMetamethod(a, event);
    if (tm1 == null) {
      return null;
    }
    Object tm2 = getMetamethod(b, event);
    if (tm2 == null || !rawEquals(tm1, tm2)) {
      return null;
    }
    return isTrue(LuaCalls.metaCall1(site, tm1, a, b));
  }

  /** luaV_lessthan. */
  @TruffleBoundary
  public static boolean lessThan(Object a, Object b, LuaNode site) {
    if (a instanceof Double x && b instanceof Double y) {
      return x < y;
    }
    if (a instanceof String s && b instanceof String t) {
      return s.compareTo(t) < 0;
    }
    if (!LuaTypes.typeName(a).equals(LuaTypes.typeName(b))) {
      throw orderError(site, a, b);
    }
    Object r = orderMetamethod(a, b, "__lt", site);
    if (r == null) {
      throw orderError(site, a, b);
    }
    return (Boolean) r;
  }

  /** lessequal. */
  @TruffleBoundary
  public static boolean lessEqual(Object a, Object b, LuaNode site) {
    if (a instanceof Double x && b instanceof Double y) {
      return x <= y;
    }
    if (a instanceof String s && b instanceof String t) {
      return s.compareTo(t) <= 0;
    }
    if (!LuaTypes.typeName(a).equals(LuaTypes.typeName(b))) {
      throw orderError(site, a, b);
    }
    Object r = orderMetamethod(a, b, "__le", site);
    if (r != null) {
      return (Boolean) r;
    }
    r = orderMetamethod(b, a, "__lt", site);
    if (r != null) {
      return !(Boolean) r;
    }
    throw orderError(site, a, b);
  }

  // ------------------------------------------------------------------ length, concat

  /** The length operator (OP_LEN). */
  @TruffleBoundary
  public static Object len(Object v, LuaNode site, String desc) {
    if (v instanceof String s) {
      return (double) s.length();
    }
    if (v instanceof LuaTable t) {
      return (double) t.length();
    }
    Object h = getMetamethod(v, "__len");
    if (h != null) {
      return LuaCalls.metaCall1(site, h, v, LuaNil.NIL);
    }
    throw typeError(site, v, "get length of", desc);
  }

  /** {@code a .. b} for values that are not both strings/numbers: {@code __concat} or error. */
  @TruffleBoundary
  public static Object concatMeta(Object a, Object b, LuaNode site, String descA, String descB) {
    Object h = getMetamethod(a, "__concat");
    if (h == null) {
      h = getMetamethod(b, "__concat");
    }
    if (h != null) {
      return LuaCalls.metaCall1(site, h, a, b);
    }
    // luaG_concaterror: blame the first operand unless it is a string or number
    if (a instanceof String || a instanceof Double) {
      throw typeError(site, b, "concatenate", descB);
    }
    throw typeError(site, a, "concatenate", descA);
  }

  // ------------------------------------------------------------------ indexing

  /** luaV_gettable: {@code obj[key]} with {@code __index} chains. */
  @TruffleBoundary
  public static Object index(Object obj, Object key, LuaNode site, String desc) {
    return index(obj, key, site, desc, 0);
  }

  /**
   * {@link #index(Object, Object, LuaNode, String)} continuing a chain whose first {@code hops}
   * {@code __index} tables a caller has followed already (they count toward the limit).
   */
  @TruffleBoundary
  public static Object index(Object obj, Object key, LuaNode site, String desc, int hops) {
    Object t = obj;
    for (int loop = hops; loop < MAXTAGLOOP; loop++) {
      Object h;
      if (t instanceof LuaTable table) {
        Object v = table.rawget(key);
        if (v != null) {
          return v;
        }
        LuaTable mt = table.getMetatable();
        if (mt == null || (h = mt.getString("__index", INDEX_HASH)) == null) {
          return LuaNil.NIL;
        }
      } else {
        h = getMetamethod(t, "__index");
        if (h == null) {
          throw typeError(site, t, "index", t == obj ? desc : null);
        }
      }
      if (h instanceof LuaFunction) {
        return LuaCalls.metaCall1(site, h, t, key);
      }
      t = h;
    }
    throw runtimeError(site, "loop in gettable");
  }

  /** luaV_settable: {@code obj[key] = value} with {@code __newindex} chains. */
  @TruffleBoundary
  public static void setIndex(Object obj, Object key, Object value, LuaNode site, String desc) {
    Object t = obj;
    for (int loop = 0; loop < MAXTAGLOOP; loop++) {
      Object h;
      if (t instanceof LuaTable table) {
        LuaTable mt = table.getMetatable();
        if (mt == null
            || (h = mt.getString("__newindex", NEWINDEX_HASH)) == null
            || table.rawget(key) != null) {
          rawsetChecked(table, key, value, site);
          return;
        }
        // luaH_set checks the key before luaV_settable looks at __newindex
        checkKey(key, site);
      } else {
        h = getMetamethod(t, "__newindex");
        if (h == null) {
          throw typeError(site, t, "index", t == obj ? desc : null);
        }
      }
      if (h instanceof LuaFunction) {
        LuaCalls.metaCall1(site, h, t, key, value);
        return;
      }
      t = h;
    }
    throw runtimeError(site, "loop in settable");
  }

  /** luaH_set's key checks: nil and NaN are no table keys. */
  private static void checkKey(Object key, LuaNode site) {
    if (key == LuaNil.NIL) {
      throw runtimeError(site, "table index is nil");
    } else if (key instanceof Double d && Double.isNaN(d)) {
      throw runtimeError(site, "table index is NaN");
    }
  }

  /** luaH_set with its key checks. */
  public static void rawsetChecked(LuaTable table, Object key, Object value, LuaNode site) {
    if (key instanceof Double d) {
      if (Double.isNaN(d)) {
        throw runtimeError(site, "table index is NaN");
      }
      table.rawsetNumber(d, value);
    } else if (key == LuaNil.NIL) {
      throw runtimeError(site, "table index is nil");
    } else {
      table.rawset(key, value);
    }
  }
}
