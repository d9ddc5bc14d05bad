package org.lunacy.nodes.lbbv;

import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaTable;

/**
 * The types of a block's <em>type context</em>: what block versioning knows about a local. Lua
 * numbers are always doubles here, so there is one number type.
 */
public final class LuaType {
  private LuaType() {}

  public static final byte UNKNOWN = 0;
  public static final byte NIL = 1;
  public static final byte BOOLEAN = 2;
  public static final byte NUMBER = 3;
  public static final byte STRING = 4;
  public static final byte TABLE = 5;
  public static final byte FUNCTION = 6;
  /** Userdata, coroutines and anything else. */
  public static final byte OTHER = 7;

  /** The type of a value (never {@link #UNKNOWN}). */
  public static byte of(Object v) {
    if (v instanceof Double) {
      return NUMBER;
    } else if (v instanceof LuaTable) {
      return TABLE;
    } else if (v instanceof String) {
      return STRING;
    } else if (v == LuaNil.NIL) {
      return NIL;
    } else if (v instanceof Boolean) {
      return BOOLEAN;
    } else if (v instanceof LuaFunction) {
      return FUNCTION;
    }
    return OTHER;
  }

  /** Whether {@code v} has type {@code t}: the entry guard of a version, one check per local. */
  public static boolean is(Object v, byte t) {
    switch (t) {
      case NUMBER:
        return v instanceof Double;
      case TABLE:
        return v instanceof LuaTable;
      case STRING:
        return v instanceof String;
      case NIL:
        return v == LuaNil.NIL;
      case BOOLEAN:
        return v instanceof Boolean;
      case FUNCTION:
        return v instanceof LuaFunction;
      case OTHER:
        return of(v) == OTHER;
      default:
        return true;
    }
  }

  /** What is known after two paths meet. */
  public static byte join(byte a, byte b) {
    return a == b ? a : UNKNOWN;
  }

  public static String name(byte t) {
    switch (t) {
      case NIL:
        return "nil";
      case BOOLEAN:
        return "boolean";
      case NUMBER:
        return "number";
      case STRING:
        return "string";
      case TABLE:
        return "table";
      case FUNCTION:
        return "function";
      case OTHER:
        return "other";
      default:
        return "?";
    }
  }
}
