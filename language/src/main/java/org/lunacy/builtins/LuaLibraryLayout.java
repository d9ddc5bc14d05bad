package org.lunacy.builtins;

import org.lunacy.LuaContext;
import org.lunacy.runtime.LuaTable;

/**
 * Lays out the standard library tables as lua5.1 builds them, so that {@code pairs} over them
 * visits the keys in lua5.1's order: each table is created with the size luaL_findtable gives it
 * (the number of functions in its luaL_Reg list) and filled in the order of that list (lbaselib.c,
 * loadlib.c, ltablib.c, liolib.c, loslib.c, lstrlib.c, lmathlib.c, ldblib.c of 5.1.5, opened in
 * linit.c's order), then the fields its luaopen function adds. Keys lua5.1 does not have (the
 * {@code bit} library) come last.
 */
final class LuaLibraryLayout {
  private LuaLibraryLayout() {}

  private static final String[] BASE = {
    "assert", "collectgarbage", "dofile", "error", "gcinfo", "getfenv", "getmetatable",
    "loadfile", "load", "loadstring", "next", "pcall", "print", "rawequal", "rawget", "rawset",
    "select", "setfenv", "setmetatable", "tonumber", "tostring", "type", "unpack", "xpcall"
  };

  /** Globals in the order lua_openlibs stores them (lstate.c creates _G for 2 keys). */
  private static final String[] GLOBALS_AFTER_BASE = {
    "_VERSION", "ipairs", "pairs", "newproxy", "coroutine", "package", "module", "require",
    "table", "io", "os", "string", "math", "debug"
  };

  private static final String[] COROUTINE = {
    "create", "resume", "running", "status", "wrap", "yield"
  };

  private static final String[] PACKAGE = {
    "loadlib", "seeall", "loaders", "path", "cpath", "config", "loaded", "preload"
  };

  private static final String[] TABLE = {
    "concat", "foreach", "foreachi", "getn", "maxn", "insert", "remove", "setn", "sort"
  };

  private static final String[] IO = {
    "close", "flush", "input", "lines", "open", "output", "popen", "read", "tmpfile", "type",
    "write", "stdin", "stdout", "stderr"
  };

  private static final String[] FILE_METHODS = {
    "__index", "close", "flush", "lines", "read", "seek", "setvbuf", "write", "__gc", "__tostring"
  };

  private static final String[] OS = {
    "clock", "date", "difftime", "execute", "exit", "getenv", "remove", "rename", "setlocale",
    "time", "tmpname"
  };

  private static final String[] STRING = {
    "byte", "char", "dump", "find", "format", "gfind", "gmatch", "gsub", "len", "lower", "match",
    "rep", "reverse", "sub", "upper"
  };

  private static final String[] MATH = {
    "abs", "acos", "asin", "atan2", "atan", "ceil", "cosh", "cos", "deg", "exp", "floor", "fmod",
    "frexp", "ldexp", "log10", "log", "max", "min", "modf", "pow", "rad", "random", "randomseed",
    "sinh", "sin", "sqrt", "tanh", "tan", "pi", "huge", "mod"
  };

  private static final String[] DEBUG = {
    "debug", "getfenv", "gethook", "getinfo", "getlocal", "getregistry", "getmetatable",
    "getupvalue", "setfenv", "sethook", "setlocal", "setmetatable", "setupvalue", "traceback"
  };

  private static final String[] LOADED = {
    "_G", "coroutine", "package", "table", "io", "os", "string", "math", "debug"
  };

  /** Relays out the globals, the library tables, package.loaded/loaders and two metatables. */
  static void apply(LuaContext ctx) {
    LuaTable g = ctx.globals;
    String[] globals = new String[1 + BASE.length + GLOBALS_AFTER_BASE.length];
    globals[0] = "_G";
    System.arraycopy(BASE, 0, globals, 1, BASE.length);
    System.arraycopy(GLOBALS_AFTER_BASE, 0, globals, 1 + BASE.length, GLOBALS_AFTER_BASE.length);
    library(g, "coroutine", COROUTINE, 0);
    library(g, "package", PACKAGE, 0);
    library(g, "table", TABLE, 0);
    library(g, "io", IO, 3);
    library(g, "os", OS, 0);
    library(g, "string", STRING, 0);
    library(g, "math", MATH, 3);
    library(g, "debug", DEBUG, 0);
    if (g.rawgetString("package") instanceof LuaTable pkg) {
      if (pkg.rawgetString("loaded") instanceof LuaTable loaded) {
        loaded.relayout(0, 1, LOADED);
      }
      if (pkg.rawgetString("loaders") instanceof LuaTable loaders) {
        loaders.relayout(4, 0, new Object[] {1.0, 2.0, 3.0, 4.0});
      }
    }
    if (ctx.registry.rawgetString("FILE*") instanceof LuaTable meta) {
      meta.relayout(0, 0, FILE_METHODS);
    }
    if (ctx.stringMetatable != null) {
      ctx.stringMetatable.relayout(0, 1, new Object[] {"__index"});
    }
    g.relayout(0, 2, globals);
  }

  /** A library created for its {@code extra} fields beyond its functions, filled in order. */
  private static void library(LuaTable g, String name, String[] order, int extra) {
    if (g.rawgetString(name) instanceof LuaTable t) {
      t.relayout(0, order.length - extra, order);
    }
  }
}
