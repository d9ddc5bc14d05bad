package org.lunacy.builtins.debug;

import static org.lunacy.builtins.LuaBuiltins.define;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.nodes.LuaRootNode;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaStack;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaUserdata;

/** The debug library (ldblib.c): the parts that do not need hooks into the interpreter. */
public final class DebugLibrary {
  private DebugLibrary() {}

  private static final int LEVELS1 = 12;
  private static final int LEVELS2 = 10;

  public static void install(LuaContext ctx) {
    LuaTable debug = LuaBuiltins.library(ctx, "debug");
    define(ctx, debug, "traceback", (self, args) -> {
      Object msg = LuaBuiltinNode.arg(args, 1);
      int arg = 1;
      if (msg instanceof LuaCoroutine) {
        arg = 2;
        msg = LuaBuiltinNode.arg(args, 2);
      }
      if (!LuaBuiltinNode.isNoneOrNil(args, arg) && !(msg instanceof String) && !(msg instanceof Double)) {
        return new Object[] {msg};
      }
      int level = self.optInt(args, arg + 1, 1);
      String m = LuaBuiltinNode.isNoneOrNil(args, arg) ? null : LuaOps.toStringOrNull(msg);
      return new Object[] {traceback(m, level)};
    });
    define(ctx, debug, "getinfo", (self, args) -> getinfo(ctx, self, args));
    define(ctx, debug, "getmetatable", (self, args) -> {
      self.checkAny(args, 1);
      LuaTable mt = LuaOps.getMetatable(args[1]);
      return new Object[] {mt == null ? LuaNil.NIL : mt};
    });
    define(ctx, debug, "setmetatable", (self, args) -> {
      Object mt = LuaBuiltinNode.arg(args, 2);
      if (mt != LuaNil.NIL && !(mt instanceof LuaTable)) {
        throw LuaError.argError(2, "setmetatable", "nil or table expected");
      }
      LuaTable m = mt == LuaNil.NIL ? null : (LuaTable) mt;
      Object v = LuaBuiltinNode.arg(args, 1);
      if (v instanceof LuaTable t) {
        t.setMetatable(m);
      } else if (v instanceof LuaUserdata u) {
        u.setMetatable(m);
      } else if (v instanceof String) {
        ctx.stringMetatable = m;
      }
      return new Object[] {Boolean.TRUE};
    });
    define(ctx, debug, "getregistry", (self, args) -> new Object[] {ctx.registry});
    define(ctx, debug, "getfenv", (self, args) -> {
      Object v = LuaBuiltinNode.arg(args, 1);
      if (v instanceof LuaFunction f) {
        return new Object[] {f.env == null ? LuaNil.NIL : f.env};
      }
      if (v instanceof LuaUserdata u) {
        return new Object[] {u.env == null ? LuaNil.NIL : u.env};
      }
      return new Object[] {LuaNil.NIL};
    });
    define(ctx, debug, "setfenv", (self, args) -> {
      LuaTable t = self.checkTable(args, 2);
      Object v = LuaBuiltinNode.arg(args, 1);
      if (v instanceof LuaFunction f) {
        f.env = t;
      } else if (v instanceof LuaUserdata u) {
        u.env = t;
      } else {
        throw LuaError.error("'setfenv' cannot change environment of given object");
      }
      return new Object[] {v};
    });
    define(ctx, debug, "sethook", (self, args) -> new Object[0]);
    define(ctx, debug, "gethook", (self, args) -> new Object[] {LuaNil.NIL});
    define(ctx, debug, "getupvalue", (self, args) -> {
      Object f = LuaBuiltinNode.arg(args, 1);
      int n = self.checkInt(args, 2);
      if (f instanceof LuaFunction lf && !lf.isBuiltin() && n >= 1 && n <= lf.upvalues.length) {
        String name = upvalueName(lf, n);
        return new Object[] {name, lf.upvalues[n - 1].value};
      }
      return new Object[0];
    });
    define(ctx, debug, "setupvalue", (self, args) -> {
      Object f = LuaBuiltinNode.arg(args, 1);
      int n = self.checkInt(args, 2);
      self.checkAny(args, 3);
      if (f instanceof LuaFunction lf && !lf.isBuiltin() && n >= 1 && n <= lf.upvalues.length) {
        lf.upvalues[n - 1].value = args[3];
        return new Object[] {upvalueName(lf, n)};
      }
      return new Object[0];
    });
  }

  private static String upvalueName(LuaFunction f, int n) {
    if (f.callTarget.getRootNode() instanceof LuaFunctionRootNode r) {
      String[] names = r.getUpvalueNames();
      if (names != null && n <= names.length) {
        return names[n - 1];
      }
    }
    return "?";
  }

  /** luaL_traceback of 5.1 (db_errorfb): levels from {@code level}, the caller's being 1. */
  @TruffleBoundary
  public static String traceback(String msg, int level) {
    List<LuaStack.Level> levels = LuaStack.levels();
    StringBuilder sb = new StringBuilder();
    if (msg != null) {
      sb.append(msg).append('\n');
    }
    sb.append("stack traceback:");
    int total = levels.size();
    boolean first = true;
    for (int i = Math.max(level, 0); i < total; i++) {
      if (i == level + LEVELS1 && total - i > LEVELS2 + 1) {
        sb.append("\n\t...");
        i = total - LEVELS2 - 1;
        continue;
      }
      first = false;
      sb.append("\n\t").append(describe(levels.get(i)));
    }
    sb.append("\n\t[C]: ?");
    return sb.toString();
  }

  private static String describe(LuaStack.Level l) {
    LuaRootNode root = l.root();
    if (!root.isLua()) {
      return "[C]: in function '" + root.getName() + "'";
    }
    LuaFunctionRootNode fr = (LuaFunctionRootNode) root;
    String where = root.getChunkId() + ":" + (l.line() > 0 ? l.line() : "?") + ":";
    if (fr.isMain()) {
      return where + " in main chunk";
    }
    String name = root.getName();
    if (name != null && !name.equals("anonymous")) {
      int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf(':'));
      return where + " in function '" + (dot >= 0 ? name.substring(dot + 1) : name) + "'";
    }
    return where + " in function <" + root.getChunkId() + ":" + fr.getLineDefined() + ">";
  }

  private static Object[] getinfo(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    Object a = LuaBuiltinNode.arg(args, 1);
    String what = self.optString(args, 2, "flnSu");
    LuaTable info = new LuaTable();
    LuaFunction fn;
    int line = -1;
    if (a instanceof LuaFunction f) {
      fn = f;
    } else {
      int level = self.checkInt(args, 1);
      List<LuaStack.Level> levels = LuaStack.levels();
      if (level < 0 || level >= levels.size()) {
        return new Object[] {LuaNil.NIL};
      }
      LuaStack.Level l = levels.get(level);
      fn = l.function();
      line = l.line();
    }
    LuaRootNode root = fn == null ? null : (LuaRootNode) fn.callTarget.getRootNode();
    for (char c : what.toCharArray()) {
      switch (c) {
        case 'S':
          if (root instanceof LuaFunctionRootNode fr) {
            String chunk = fr.getChunkName();
            info.rawset("source", chunk);
            info.rawset("short_src", fr.getChunkId());
            info.rawset("linedefined", (double) fr.getLineDefined());
            info.rawset("lastlinedefined", (double) (fr.isMain() ? -1 : fr.getLastLineDefined()));
            info.rawset("what", fr.isMain() ? "main" : "Lua");
          } else {
            info.rawset("source", "=[C]");
            info.rawset("short_src", "[C]");
            info.rawset("linedefined", -1.0);
            info.rawset("lastlinedefined", -1.0);
            info.rawset("what", "C");
          }
          break;
        case 'l':
          info.rawset("currentline", (double) line);
          break;
        case 'u':
          info.rawset("nups", (double) (fn == null || fn.isBuiltin() ? 0 : fn.upvalues.length));
          break;
        case 'n':
          if (root != null && root.getName() != null && !(root instanceof LuaFunctionRootNode fr && fr.isMain())) {
            String name = root.getName();
            int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf(':'));
            info.rawset("name", dot >= 0 ? name.substring(dot + 1) : name);
            info.rawset("namewhat", "");
          } else {
            info.rawset("namewhat", "");
          }
          break;
        case 'f':
          if (fn != null) {
            info.rawset("func", fn);
          }
          break;
        case 'L':
        case '>':
          break;
        default:
          throw LuaError.argError(2, "getinfo", "invalid option");
      }
    }
    return new Object[] {info};
  }
}
