package org.lunacy.nodes.util;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaNumbers;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaTypes;

/**
 * The body of a builtin. {@code args[0]} is the builtin itself, {@code args[i]} is Lua argument
 * {@code #i}. It returns the results as {@code Object[]} (or a {@link
 * org.lunacy.runtime.LuaTailCall}). The check helpers mirror lauxlib.c's luaL_check*.
 */
public abstract class LuaBuiltinNode extends Node {
  protected static final Object[] NONE = new Object[0];

  /** Whether this builtin's rare path has run (see {@link #rarePath}). */
  @CompilationFinal private boolean rarePathSeen;

  public abstract Object execute(VirtualFrame frame, Object[] args);

  /** The builtin's name for argument errors. */
  public abstract String name();

  /**
   * Marks the rare path of a builtin compiled into its callers (setmetatable making a weak
   * table): compiled code leaves it out, deoptimizing, until it has run once.
   */
  public final void rarePath() {
    if (!rarePathSeen) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      rarePathSeen = true;
    }
  }

  /** Whether this builtin resumes a coroutine (coroutine.resume, a coroutine.wrap function). */
  public boolean resumesCoroutine() {
    return false;
  }

  public static Object arg(Object[] args, int i) {
    return i < args.length ? args[i] : LuaNil.NIL;
  }

  public static boolean isNone(Object[] args, int i) {
    return i >= args.length;
  }

  public static boolean isNoneOrNil(Object[] args, int i) {
    return i >= args.length || args[i] == LuaNil.NIL;
  }

  public static Object[] one(Object v) {
    return new Object[] {v};
  }

  public LuaError typeError(Object[] args, int i, String expected) {
    if (i >= args.length) {
      return LuaError.argError(i, name(), expected + " expected, got no value");
    }
    return LuaError.typeError(i, name(), expected, args[i]);
  }

  public void checkAny(Object[] args, int i) {
    if (i >= args.length) {
      throw LuaError.argError(i, name(), "value expected");
    }
  }

  public LuaTable checkTable(Object[] args, int i) {
    Object v = arg(args, i);
    if (v instanceof LuaTable t) {
      return t;
    }
    throw typeError(args, i, "table");
  }

  public double checkNumber(Object[] args, int i) {
    Object v = arg(args, i);
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof String s) {
      Double d = LuaNumbers.str2number(s);
      if (d != null) {
        return d;
      }
    }
    throw typeError(args, i, "number");
  }

  public double optNumber(Object[] args, int i, double def) {
    return isNoneOrNil(args, i) ? def : checkNumber(args, i);
  }

  /** luaL_checkinteger: the number truncated toward zero like a C cast to ptrdiff_t. */
  public long checkInteger(Object[] args, int i) {
    return toInteger(checkNumber(args, i));
  }

  public long optInteger(Object[] args, int i, long def) {
    return isNoneOrNil(args, i) ? def : checkInteger(args, i);
  }

  public int checkInt(Object[] args, int i) {
    return clampInt(checkInteger(args, i));
  }

  public int optInt(Object[] args, int i, int def) {
    return isNoneOrNil(args, i) ? def : checkInt(args, i);
  }

  public static long toInteger(double d) {
    // lua_Integer cast: truncation; NaN/out-of-range are undefined in C, x86 gives LONG_MIN
    if (Double.isNaN(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
      return Long.MIN_VALUE;
    }
    return (long) d;
  }

  /** C's {@code (int)} of a lua_Integer (luaL_checkint): the low 32 bits, so 2^32 + 1 gives 1. */
  public static int clampInt(long v) {
    return (int) v;
  }

  public String checkString(Object[] args, int i) {
    Object v = arg(args, i);
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Double d) {
      return LuaNumbers.toString(d);
    }
    throw typeError(args, i, "string");
  }

  public String optString(Object[] args, int i, String def) {
    return isNoneOrNil(args, i) ? def : checkString(args, i);
  }

  public static String typeName(Object v) {
    return LuaTypes.typeName(v);
  }
}
