package org.lunacy.builtins.packages;

import static org.lunacy.builtins.LuaBuiltins.define;

import java.util.List;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.builtins.base.BaseLibrary;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaHostStrings;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaStack;
import org.lunacy.runtime.LuaTable;

/** The package library (loadlib.c): require, module and the loaders. */
public final class PackageLibrary {
  private PackageLibrary() {}

  /**
   * The default package.path and package.cpath of the reference lua5.1 (Debian's build, whose
   * luaconf.h adds the system folders /usr/share/lua/5.1, /usr/lib/x86_64-linux-gnu/lua/5.1 and
   * /usr/lib/lua/5.1 to PUC's /usr/local ones); "module not found" messages list them.
   */
  static final String PATH_DEFAULT =
      "./?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;"
          + "/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua;"
          + "/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua";
  static final String CPATH_DEFAULT =
      "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;"
          + "/usr/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so";

  /**
   * The marker package.loaded holds while a module loads (loadlib.c's sentinel, a light
   * userdata).
   */
  private static final Object SENTINEL = new org.lunacy.runtime.LuaUserdata();

  private static final String[] LIBRARIES = {"string", "table", "math", "os", "io", "coroutine", "debug", "bit"};

  /**
   * The registry entries in lua5.1's order, before any library is installed: _LOADED (made by
   * the base library's luaL_register) and _LOADLIB (luaopen_package's metatable for C library
   * handles); io adds FILE* later.
   */
  public static void prepareRegistry(LuaContext ctx) {
    ctx.registry.rawset("_LOADED", new LuaTable());
    LuaTable loadlib = new LuaTable();
    loadlib.rawset("__gc", LuaBuiltins.function(ctx, "gctm", (self, args) -> new Object[0]));
    ctx.registry.rawset("_LOADLIB", loadlib);
  }

  public static void install(LuaContext ctx) {
    LuaTable pkg = LuaBuiltins.library(ctx, "package");
    LuaTable loaded = (LuaTable) ctx.registry.rawgetString("_LOADED");
    pkg.rawset("loaded", loaded);
    loaded.rawset("_G", ctx.globals);
    loaded.rawset("package", pkg);
    for (String lib : LIBRARIES) {
      Object t = ctx.globals.rawgetString(lib);
      if (t != null) {
        loaded.rawset(lib, t);
      }
    }
    LuaTable preload = new LuaTable();
    pkg.rawset("preload", preload);
    pkg.rawset("path", envPath(ctx, "LUA_PATH", PATH_DEFAULT));
    pkg.rawset("cpath", envPath(ctx, "LUA_CPATH", CPATH_DEFAULT));
    pkg.rawset("config", "/\n;\n?\n!\n-");
    LuaTable loaders = new LuaTable();
    pkg.rawset("loaders", loaders);
    loaders.rawsetInt(1, LuaBuiltins.function(ctx, "loader_preload", (self, args) -> {
      String name = self.checkString(args, 1);
      Object p = pkg.rawgetString("preload");
      if (!(p instanceof LuaTable pt)) {
        throw LuaError.error("'package.preload' must be a table");
      }
      Object f = pt.rawget(name);
      return new Object[] {f == null ? "\n\tno field package.preload['" + name + "']" : f};
    }));
    loaders.rawsetInt(2, LuaBuiltins.function(ctx, "loader_Lua", (self, args) -> {
      String name = self.checkString(args, 1);
      String ps = pathString(pkg.rawgetString("path"));
      if (ps == null) {
        throw LuaError.error("'package.path' must be a string");
      }
      StringBuilder msg = new StringBuilder();
      String file = findFile(ctx, name.replace('.', '/'), ps, msg);
      if (file == null) {
        return new Object[] {msg.toString()};
      }
      Object[] r = BaseLibrary.loadFile(ctx, file);
      if (r[0] == LuaNil.NIL) {
        throw LuaError.error("error loading module '" + name + "' from file '" + file + "':\n\t" + r[1]);
      }
      return new Object[] {r[0]};
    }));
    loaders.rawsetInt(3, LuaBuiltins.function(ctx, "loader_C", (self, args) -> {
      String name = self.checkString(args, 1);
      return cLoader(ctx, pkg, name, name);
    }));
    loaders.rawsetInt(4, LuaBuiltins.function(ctx, "loader_Croot", (self, args) -> {
      String name = self.checkString(args, 1);
      int dot = name.indexOf('.');
      if (dot < 0) {
        return new Object[0];
      }
      return cLoader(ctx, pkg, name, name.substring(0, dot));
    }));
    define(ctx, pkg, "loadlib", (self, args) -> {
      String path = self.checkString(args, 1);
      self.checkString(args, 2);
      if (!path.isEmpty() && !exists(ctx, path)) {
        // what dlopen's dlerror says of a missing file; ll_loadfunc reports it as an "open" error
        return new Object[] {LuaNil.NIL, path + ": cannot open shared object file: No such file or directory", "open"};
      }
      return new Object[] {LuaNil.NIL, "dynamic libraries not enabled; check your Lua installation", "absent"};
    });
    define(ctx, pkg, "seeall", (self, args) -> {
      LuaTable m = self.checkTable(args, 1);
      LuaTable mt = m.getMetatable();
      if (mt == null) {
        mt = new LuaTable();
        m.setMetatable(mt);
      }
      mt.rawset("__index", ctx.globals);
      return new Object[0];
    });
    define(ctx, ctx.globals, "require", (self, args) -> require(ctx, pkg, loaded, self.checkString(args, 1)));
    define(ctx, ctx.globals, "module", (self, args) -> module(ctx, loaded, self, args));
  }

  private static String envPath(LuaContext ctx, String var, String def) {
    String v = ctx.env.getEnvironment().get(var + "_5_1");
    if (v == null) {
      v = ctx.env.getEnvironment().get(var);
    }
    if (v == null) {
      return def;
    }
    v = LuaHostStrings.toLua(v);
    v = v.replace(";;", ";\u0001;");
    v = v.replace("\u0001", def);
    return v;
  }

  private static boolean exists(LuaContext ctx, String file) {
    try {
      return LuaHostStrings.file(ctx.env, file).exists();
    } catch (Exception e) {
      return false;
    }
  }

  /** loadlib.c's readable: fopen(file, "r") succeeds, for a directory too. */
  private static boolean readable(LuaContext ctx, String file) {
    try {
      var f = LuaHostStrings.file(ctx.env, file);
      return f.isReadable();
    } catch (Exception e) {
      return false;
    }
  }

  /** findfile of loadlib.c: the first readable template, or null with the "no file" lines. */
  private static String findFile(LuaContext ctx, String name, String path, StringBuilder msg) {
    for (String template : path.split(";", -1)) {
      if (template.isEmpty()) {
        continue;
      }
      String file = template.replace("?", name);
      if (readable(ctx, file)) {
        return file;
      }
      msg.append("\n\tno file '").append(file).append("'");
    }
    return null;
  }

  /** lua_tostring of package.path or package.cpath: a string, a number as text, else null. */
  private static String pathString(Object path) {
    if (path instanceof String str) {
      return str;
    }
    return path instanceof Double d ? org.lunacy.runtime.LuaNumbers.toString(d) : null;
  }

  private static Object[] cLoader(LuaContext ctx, LuaTable pkg, String name, String fileName) {
    String ps = pathString(pkg.rawgetString("cpath"));
    if (ps == null) {
      throw LuaError.error("'package.cpath' must be a string");
    }
    StringBuilder msg = new StringBuilder();
    String file = findFile(ctx, fileName.replace('.', '/'), ps, msg);
    if (file == null) {
      return new Object[] {msg.toString()};
    }
    throw LuaError.error(
        "error loading module '" + name + "' from file '" + file
            + "':\n\tC modules cannot be loaded by Lunacy");
  }

  private static Object[] require(LuaContext ctx, LuaTable pkg, LuaTable loaded, String name) {
    Object have = loaded.rawget(name);
    if (have != null && LuaOps.isTrue(have)) {
      if (have == SENTINEL) {
        throw LuaError.error("loop or previous error loading module '" + name + "'");
      }
      return new Object[] {have};
    }
    Object loaders = pkg.rawgetString("loaders");
    if (!(loaders instanceof LuaTable lt)) {
      throw LuaError.error("'package.loaders' must be a table");
    }
    StringBuilder msg = new StringBuilder();
    Object loader = null;
    for (int i = 1; ; i++) {
      Object l = lt.rawgetInt(i);
      if (l == null) {
        throw LuaError.error("module '" + name + "' not found:" + msg);
      }
      Object r = LuaCalls.call1(l, name);
      if (r instanceof LuaFunction) {
        loader = r;
        break;
      } else if (r instanceof String s) {
        msg.append(s);
      } else if (r instanceof Double d) {
        msg.append(org.lunacy.runtime.LuaNumbers.toString(d)); // lua_isstring: numbers too
      }
    }
    loaded.rawset(name, SENTINEL);
    Object r = LuaCalls.call1(loader, name);
    if (r != LuaNil.NIL) {
      loaded.rawset(name, r);
    }
    Object now = loaded.rawget(name);
    if (now == SENTINEL) {
      loaded.rawset(name, Boolean.TRUE);
      now = Boolean.TRUE;
    }
    return new Object[] {now};
  }

  private static Object[] module(LuaContext ctx, LuaTable loaded, LuaBuiltinNode self, Object[] args) {
    String name = self.checkString(args, 1);
    Object m = loaded.rawget(name);
    if (!(m instanceof LuaTable)) {
      m = findTable(ctx.threadGlobals(), name);
      if (m == null) {
        throw LuaError.error("name conflict for module '" + name + "'");
      }
      loaded.rawset(name, m);
    }
    LuaTable mod = (LuaTable) m;
    if (mod.rawgetString("_NAME") == null) {
      mod.rawset("_M", mod);
      mod.rawset("_NAME", name);
      int dot = name.lastIndexOf('.');
      mod.rawset("_PACKAGE", dot < 0 ? "" : name.substring(0, dot + 1));
    }
    List<LuaStack.Level> levels = LuaStack.levels();
    if (levels.size() < 2 || levels.get(1).function() == null || levels.get(1).function().isBuiltin()) {
      throw LuaError.error("'module' not called from a Lua function");
    }
    levels.get(1).function().env = mod;
    for (int i = 2; i < args.length; i++) {
      LuaCalls.call1(args[i], mod);
    }
    return new Object[0];
  }

  /** luaL_findtable: walks/creates {@code a.b.c} from {@code root}; null on a conflict. */
  private static LuaTable findTable(LuaTable root, String fname) {
    LuaTable t = root;
    for (String part : fname.split("\\.", -1)) {
      Object v = t.rawget(part);
      if (v == null) {
        LuaTable n = new LuaTable();
        t.rawset(part, n);
        t = n;
      } else if (v instanceof LuaTable vt) {
        t = vt;
      } else {
        return null;
      }
    }
    return t;
  }
}
