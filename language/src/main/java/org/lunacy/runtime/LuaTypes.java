package org.lunacy.runtime;

/** Lua type names and value classification (lua_typename). */
public final class LuaTypes {
  private LuaTypes() {}

  /** The name {@code type(v)} returns. */
  public static String typeName(Object v) {
    if (v == LuaNil.NIL || v == null) {
      return "nil";
    } else if (v instanceof Boolean) {
      return "boolean";
    } else if (v instanceof Double) {
      return "number";
    } else if (v instanceof String) {
      return "string";
    } else if (v instanceof LuaTable) {
      return "table";
    } else if (v instanceof LuaFunction) {
      return "function";
    } else if (v instanceof LuaThread) {
      return "thread";
    } else {
      return "userdata";
    }
  }

  /**
   * The message of an error whose value is not a string, as lua.c's report() shows it: numbers as
   * text, nil as nothing, anything else "(error object is not a string)".
   */
  static String errorObjectMessage(Object value) {
    if (value == LuaNil.NIL) {
      return "";
    } else if (value instanceof Double d) {
      return LuaNumbers.toString(d);
    }
    return "(error object is not a string)";
  }
}
