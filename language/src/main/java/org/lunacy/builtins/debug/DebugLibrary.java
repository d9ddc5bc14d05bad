package org.lunacy.builtins.debug;

import static org.lunacy.builtins.LuaBuiltins.define;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import com.oracle.truffle.api.nodes.RootNode;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.nodes.LuaRootNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.control.LuaAssignNode;
import org.lunacy.nodes.control.LuaBlockNode;
import org.lunacy.nodes.expression.LuaFunctionNode;
import org.lunacy.nodes.lbbv.LuaVersionedBlockNode;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaStack;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaThread;
import org.lunacy.runtime.LuaTypes;
import org.lunacy.runtime.LuaUserdata;
import org.lunacy.runtime.LuaWeakTables;

/** The debug library (ldblib.c): the parts that do not need hooks into the interpreter. */
public final class DebugLibrary {
  private DebugLibrary() {}

  private static final int LEVELS1 = 12;
  private static final int LEVELS2 = 10;

  /** ldebug.c's name for a stack slot above the active locals. */
  private static final String TEMPORARY = "(*temporary)";

  public static void install(LuaContext ctx) {
    LuaTable debug = LuaBuiltins.library(ctx, "debug");
    define(ctx, debug, "traceback", (self, args) -> traceback(self, args));
    define(ctx, debug, "getinfo", (self, args) -> getinfo(ctx, self, args));
    define(ctx, debug, "getmetatable", (self, args) -> {
      self.checkAny(args, 1);
      LuaTable mt = LuaOps.getMetatable(args[1]);
      return new Object[] {mt == null ? LuaNil.NIL : mt};
    });
    define(ctx, debug, "setmetatable", (self, args) -> {
      Object mt = LuaBuiltinNode.arg(args, 2);
      if (args.length < 3 || mt != LuaNil.NIL && !(mt instanceof LuaTable)) {
        throw LuaError.argError(2, "setmetatable", "nil or table expected");
      }
      LuaTable m = mt == LuaNil.NIL ? null : (LuaTable) mt;
      Object v = LuaBuiltinNode.arg(args, 1);
      if (v instanceof LuaTable t) {
        t.setMetatable(m);
        LuaWeakTables.updateMode(ctx, t, m);
      } else if (v instanceof LuaUserdata u) {
        u.setMetatable(m);
      } else if (v instanceof String) {
        ctx.stringMetatable = m;
      } else if (v instanceof Double) {
        ctx.numberMetatable = m;
      } else if (v instanceof Boolean) {
        ctx.booleanMetatable = m;
      } else if (v instanceof LuaFunction) {
        ctx.functionMetatable = m;
      } else if (v instanceof LuaThread) {
        ctx.threadMetatable = m;
      } else {
        ctx.nilMetatable = m;
      }
      return new Object[] {Boolean.TRUE};
    });
    define(ctx, debug, "getregistry", (self, args) -> new Object[] {ctx.registry});
    define(ctx, debug, "getfenv", (self, args) -> {
      self.checkAny(args, 1);
      Object v = LuaBuiltinNode.arg(args, 1);
      if (v instanceof LuaFunction f) {
        return new Object[] {f.env == null ? LuaNil.NIL : f.env};
      }
      if (v instanceof LuaUserdata u) {
        return new Object[] {u.env == null ? LuaNil.NIL : u.env};
      }
      if (v instanceof LuaCoroutine co) {
        return new Object[] {co.globals};
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
      } else if (v instanceof LuaCoroutine co) {
        co.globals = t;
      } else {
        throw LuaError.error("'setfenv' cannot change environment of given object");
      }
      return new Object[] {v};
    });
    define(ctx, debug, "debug", (self, args) -> debugLoop(ctx));
    define(ctx, debug, "sethook", (self, args) -> sethook(ctx, self, args));
    define(ctx, debug, "gethook", (self, args) -> {
      LuaHooks.State h =
          LuaBuiltinNode.arg(args, 1) instanceof LuaCoroutine co ? co.hook : LuaHooks.current(ctx);
      return new Object[] {
        h.stored == null ? LuaNil.NIL : h.stored, LuaHooks.maskString(h.mask), (double) h.count
      };
    });
    define(ctx, debug, "getlocal", (self, args) -> local(self, args, false));
    define(ctx, debug, "setlocal", (self, args) -> local(self, args, true));
    define(ctx, debug, "getupvalue", (self, args) -> {
      Object f = LuaBuiltinNode.arg(args, 1);
      int n = self.checkInt(args, 2);
      checkFunction(self, args);
      if (f instanceof LuaFunction lf && !lf.isBuiltin() && n >= 1 && n <= lf.upvalues.length) {
        String name = upvalueName(lf, n);
        return new Object[] {name, lf.upvalues[n - 1].value};
      }
      return new Object[0];
    });
    define(ctx, debug, "setupvalue", (self, args) -> {
      Object f = LuaBuiltinNode.arg(args, 1);
      self.checkAny(args, 3);
      int n = self.checkInt(args, 2);
      checkFunction(self, args);
      if (f instanceof LuaFunction lf && !lf.isBuiltin() && n >= 1 && n <= lf.upvalues.length) {
        lf.upvalues[n - 1].value = args[3];
        return new Object[] {upvalueName(lf, n)};
      }
      return new Object[0];
    });
  }

  /** luaL_checktype(L, 1, LUA_TFUNCTION) of auxupvalue. */
  private static void checkFunction(LuaBuiltinNode self, Object[] args) {
    if (!(LuaBuiltinNode.arg(args, 1) instanceof LuaFunction)) {
      throw self.typeError(args, 1, "function");
    }
  }

  /**
   * debug.debug (db_debug): prompts on stderr, reads lines of at most 249 bytes from stdin and
   * runs each as a chunk named "=(debug command)" until a line "cont" or the end of input; errors
   * are printed on stderr and the loop goes on.
   */
  @TruffleBoundary
  private static Object[] debugLoop(LuaContext ctx) {
    while (true) {
      writeErr(ctx, "lua_debug> ");
      String line = ctx.stdinLine.apply(250);
      if (line == null || line.equals("cont\n")) {
        return new Object[0];
      }
      int nul = line.indexOf('\0');
      if (nul >= 0) {
        line = line.substring(0, nul); // luaL_loadbuffer gets strlen(buffer) bytes
      }
      Object error = null;
      int depth = ctx.depth;
      int cCalls = ctx.cCalls;
      try {
        LuaFunction chunk = ctx.language.load(line, "=(debug command)", ctx.threadGlobals());
        LuaCalls.call(chunk, new Object[1]);
      } catch (LuaError e) {
        e.setWhere("", null, false);
        error = e.getValue();
      } catch (StackOverflowError e) {
        error = "stack overflow";
      } catch (OutOfMemoryError e) {
        error = LuaError.MEMORY_MESSAGE;
      }
      ctx.depth = depth;
      ctx.cCalls = cCalls;
      if (error != null) {
        // lua_tostring: strings and numbers; lua5.1 crashes on anything else
        String msg = LuaOps.toStringOrNull(error);
        if (msg == null) {
          msg = "(error object is a " + LuaTypes.typeName(error) + " value)";
        }
        writeErr(ctx, msg + "\n");
      }
    }
  }

  private static void writeErr(LuaContext ctx, String s) {
    try {
      ctx.env.err().write(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      ctx.env.err().flush();
    } catch (java.io.IOException e) {
      // fputs to stderr: failures are ignored
    }
  }

  /**
   * debug.getlocal([thread,] level, local) and debug.setlocal([thread,] level, local, value)
   * (db_getlocal, db_setlocal).
   */
  @TruffleBoundary
  private static Object[] local(LuaBuiltinNode self, Object[] args, boolean set) {
    LuaCoroutine thread = LuaBuiltinNode.arg(args, 1) instanceof LuaCoroutine c ? c : null;
    LuaCoroutine running = LuaContext.get(null).currentCoroutine;
    int arg = thread != null ? 1 : 0;
    String fname = set ? "setlocal" : "getlocal";
    int level = self.checkInt(args, arg + 1);
    List<LuaStack.Level> levels;
    boolean main = thread == null && running == null;
    if (thread != null && thread != running) {
      levels = threadLevels(thread, true);
    } else {
      levels = LuaStack.levels(true);
    }
    int depth = levels.size() + (main ? 1 : 0);
    if (level >= depth) {
      // a negative level is one of lost tail calls for lua_getstack: it has no locals
      throw LuaError.argError(arg + 1, fname, "level out of range");
    }
    int n = self.checkInt(args, arg + 2);
    if (set) {
      self.checkAny(args, arg + 3);
    }
    if (level == 0 && (thread == null || thread == running)) {
      // this builtin itself: its stack holds just its arguments, which are temporaries
      if (n < 1 || n >= args.length) {
        return new Object[] {LuaNil.NIL};
      }
      if (set) {
        args[n] = args[arg + 3];
      }
      return set
          ? new Object[] {TEMPORARY}
          : new Object[] {TEMPORARY, args[n]};
    }
    List<LuaLocals.Active> active =
        level >= 0 && level < levels.size() ? LuaLocals.active(levels, level) : List.of();
    if (n < 1 || n > active.size()) {
      return new Object[] {LuaNil.NIL};
    }
    LuaLocals.Active a = active.get(n - 1);
    if (set) {
      LuaLocals.set(levels.get(level).frame(), a, args[arg + 3]);
      return new Object[] {a.name()};
    }
    return new Object[] {a.name(), LuaLocals.get(levels.get(level).frame(), a)};
  }

  /**
   * debug.sethook([thread,] hook, mask [, count]) (db_sethook): no hook or nil turns hooks off.
   * Each thread has its own hook.
   */
  @TruffleBoundary
  private static Object[] sethook(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    int arg = LuaBuiltinNode.arg(args, 1) instanceof LuaCoroutine ? 1 : 0;
    LuaHooks.State h = arg == 1 ? ((LuaCoroutine) args[1]).hook : LuaHooks.current(ctx);
    if (LuaBuiltinNode.isNoneOrNil(args, arg + 1)) {
      LuaHooks.set(h, null, 0, 0);
      return new Object[0];
    }
    String smask = self.checkString(args, arg + 2);
    if (!(args[arg + 1] instanceof LuaFunction)) {
      throw self.typeError(args, arg + 1, "function");
    }
    int count = self.optInt(args, arg + 3, 0);
    int mask = 0;
    if (smask.indexOf('c') >= 0) {
      mask |= LuaHooks.MASK_CALL;
    }
    if (smask.indexOf('r') >= 0) {
      mask |= LuaHooks.MASK_RET;
    }
    if (smask.indexOf('l') >= 0) {
      mask |= LuaHooks.MASK_LINE;
    }
    LuaHooks.set(h, args[arg + 1], mask, count);
    if (h == LuaHooks.current(ctx)) {
      // the calling function's current line is the last one traceexec saw: the rest of it fires
      // no line event
      List<LuaStack.Level> levels = LuaStack.levels();
      if (levels.size() > 1 && levels.get(1).isLua() && levels.get(1).line() > 0) {
        ctx.hookLine = levels.get(1).line();
      }
    }
    return new Object[0];
  }

  /** The levels of a coroutine other than the running one (none when it is dead or new). */
  private static List<LuaStack.Level> threadLevels(LuaCoroutine thread, boolean writable) {
    if (thread.status == LuaCoroutine.SUSPENDED) {
      return LuaStack.suspendedLevels(thread);
    }
    if (thread.status == LuaCoroutine.NORMAL) {
      return LuaStack.normalLevels(thread, writable);
    }
    if (thread.deathError != null) {
      return LuaStack.deadLevels(thread);
    }
    return List.of();
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

  /**
   * debug.traceback([thread,] [message [, level]]) (db_errorfb): a message that is not a string
   * is returned untouched; a level that is not a number is ignored.
   */
  @TruffleBoundary
  private static Object[] traceback(LuaBuiltinNode self, Object[] args) {
    LuaCoroutine thread = LuaBuiltinNode.arg(args, 1) instanceof LuaCoroutine c ? c : null;
    LuaCoroutine running = LuaContext.get(null).currentCoroutine;
    boolean other = thread != null && thread != running;
    int arg = thread != null ? 1 : 0;
    int top = args.length - 1;
    int level = other ? 0 : 1; // level 0 of another coroutine is the function that yielded
    if (LuaOps.toNumber(LuaBuiltinNode.arg(args, arg + 2)) instanceof Double d) {
      level = (int) LuaBuiltinNode.toInteger(d);
      top--; // lua_pop(L, 1)
    }
    StringBuilder sb = new StringBuilder();
    if (top > arg) {
      if (LuaOps.toStringOrNull(args[arg + 1]) == null) {
        return new Object[] {args[top]};
      }
      // lua_concat of everything still above the message: normally just the message
      for (int i = arg + 1; i <= top; i++) {
        String part = LuaOps.toStringOrNull(args[i]);
        if (part == null) {
          throw new LuaError("attempt to concatenate a " + LuaTypes.typeName(args[i]) + " value");
        }
        sb.append(part);
      }
      sb.append('\n');
    }
    if (other) {
      List<LuaStack.Level> levels = threadLevels(thread, false);
      return new Object[] {traceback(levels, false, sb.toString(), level)};
    }
    return new Object[] {traceback(sb.toString(), level)};
  }

  /** luaL_traceback of 5.1 (db_errorfb): levels from {@code level}, the caller's being 1. */
  @TruffleBoundary
  public static String traceback(String msg, int level) {
    return traceback(LuaStack.levels(), !LuaStack.inCoroutine(), msg, level);
  }

  /**
   * The "stack traceback:" lua.c prints under an error that no Lua code caught: its message
   * handler's {@code debug.traceback(msg, 2)}, from the level that raised the error.
   */
  @TruffleBoundary
  public static String uncaughtTraceback(Throwable error, RootNode catcher) {
    List<LuaStack.Level> levels = new java.util.ArrayList<>(LuaStack.errorLevels(error, catcher));
    // a call that failed as it began (stack overflow) leaves the callee on top without a line;
    // Lua raised the error in the caller
    if (levels.size() > 1
        && levels.get(0).line() < 0
        && !levels.get(0).isTailCall()
        && levels.get(0).root().isLua()
        && levels.get(0).root() == levels.get(1).root()) {
      levels.remove(0);
    }
    // levels 0 and 1 are debug.traceback and lua.c's message handler, which asks for level 2
    List<String> lines = new java.util.ArrayList<>();
    lines.add("");
    lines.add("");
    return traceback(lines, levels, !LuaStack.inCoroutine(), "", 2);
  }

  private static String traceback(
      List<LuaStack.Level> levels, boolean mainThread, String msg, int level) {
    return traceback(new java.util.ArrayList<>(), levels, mainThread, msg, level);
  }

  private static String traceback(
      List<String> lines, List<LuaStack.Level> levels, boolean mainThread, String msg, int level) {
    StringBuilder sb = new StringBuilder();
    if (msg != null) {
      sb.append(msg);
    }
    sb.append("stack traceback:");
    for (int i = 0; i < levels.size(); i++) {
      lines.add(describe(levels, i));
    }
    if (mainThread) {
      lines.add("[C]: ?"); // the C function that runs the main chunk (lua.c's pmain)
    }
    // db_errorfb's loop: levels up to LEVELS1 (counted from level 0), then "..." and the last
    // LEVELS2; a negative level stands for a lost tail call
    int n = lines.size();
    int lvl = level;
    boolean firstPart = true;
    while (lvl < n) {
      int cur = lvl++;
      if (lvl > LEVELS1 && firstPart) {
        if (lvl + LEVELS2 >= n) {
          lvl--;
        } else {
          sb.append("\n\t...");
          while (lvl + LEVELS2 < n) {
            lvl++;
          }
        }
        firstPart = false;
        continue;
      }
      sb.append("\n\t").append(cur < 0 ? "(tail call): ?" : lines.get(cur));
    }
    return sb.toString();
  }

  private static String describe(List<LuaStack.Level> levels, int i) {
    LuaStack.Level l = levels.get(i);
    if (l.isTailCall()) {
      return "(tail call): ?";
    }
    LuaRootNode root = l.root();
    String[] called = LuaStack.calledAs(levels, i);
    if (!root.isLua()) {
      return "[C]: " + (called != null ? "in function '" + called[1] + "'" : "?");
    }
    LuaFunctionRootNode fr = (LuaFunctionRootNode) root;
    String where = root.getChunkId() + ":" + (l.line() > 0 ? l.line() + ":" : "");
    if (called != null) {
      return where + " in function '" + called[1] + "'";
    }
    if (fr.isMain()) {
      return where + " in main chunk";
    }
    return where + " in function <" + root.getChunkId() + ":" + fr.getLineDefined() + ">";
  }

  /** getinfo's 'S' fields, in lua5.1's order. */
  private static void putSource(
      LuaTable info, String source, String shortSrc, int lineDefined, int lastLineDefined, String what) {
    info.rawset("source", source);
    info.rawset("short_src", shortSrc);
    info.rawset("linedefined", (double) lineDefined);
    info.rawset("lastlinedefined", (double) lastLineDefined);
    info.rawset("what", what);
  }

  /** getinfo of a "(tail call)" level: no function, no name, no line. */
  private static LuaTable tailCallInfo(String what, int optionArg) {
    for (char c : what.toCharArray()) {
      if ("SlunLf>".indexOf(c) < 0) {
        throw LuaError.argError(optionArg, "getinfo", "invalid option");
      }
    }
    LuaTable info = new LuaTable(0, 2);
    if (what.indexOf('S') >= 0) {
      putSource(info, "=(tail call)", "(tail call)", -1, -1, "tail");
    }
    if (what.indexOf('l') >= 0) {
      info.rawset("currentline", -1.0);
    }
    if (what.indexOf('u') >= 0) {
      info.rawset("nups", 0.0);
    }
    if (what.indexOf('n') >= 0) {
      info.rawset("name", ""); // info_tailcall
      info.rawset("namewhat", "");
    }
    if (what.indexOf('L') >= 0) {
      info.rawset("activelines", LuaNil.NIL);
    }
    if (what.indexOf('f') >= 0) {
      info.rawset("func", LuaNil.NIL);
    }
    return info;
  }

  /**
   * getinfo's activelines (collectvalidlines): the lines where the function has code. Here: the
   * lines where its statements start, the 'end' lines of the functions it defines (their
   * closures), and its own 'end' (the final return).
   */
  @TruffleBoundary
  private static LuaTable activeLines(LuaFunctionRootNode root) {
    LuaTable lines = new LuaTable();
    collectLines(root, lines);
    if (root.getLastLineDefined() > 0) {
      lines.rawset((double) root.getLastLineDefined(), Boolean.TRUE);
    }
    return lines;
  }

  /** debug.getinfo([thread,] function or level [, what]) (db_getinfo). */
  private static void collectLines(com.oracle.truffle.api.nodes.Node tree, LuaTable lines) {
    tree.accept(
        node -> {
          if (node instanceof LuaVersionedBlockNode vb) {
            // its versions are copies of its template, which is not a child
            collectLines(vb.getTemplate(), lines);
            return true;
          }
          if (node instanceof LuaFunctionNode fn
              && fn.getCallTarget().getRootNode() instanceof LuaFunctionRootNode inner) {
            lines.rawset((double) inner.getLastLineDefined(), Boolean.TRUE);
          } else if (node instanceof LuaStatementNode s && s.getLine() > 0) {
            // a function statement's store and the test of repeat-until have the node's line
            boolean store =
                (s instanceof LuaAssignNode a && a.isFunctionStatement())
                    || (s instanceof org.lunacy.nodes.control.LuaWhileNode w
                        && w.isRepeat()
                        && !w.hasConstantCondition());
            if (store || LuaBlockNode.startLine(s) > 0) {
              lines.rawset((double) s.getLine(), Boolean.TRUE);
            }
          }
          return true;
        });
  }

  private static Object[] getinfo(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    LuaCoroutine thread = LuaBuiltinNode.arg(args, 1) instanceof LuaCoroutine c ? c : null;
    int arg = thread != null ? 1 : 0;
    Object a = LuaBuiltinNode.arg(args, arg + 1);
    String what = self.optString(args, arg + 2, "flnSu");
    LuaTable info = new LuaTable(0, 2);
    LuaFunction fn;
    LuaRootNode root;
    int line = -1;
    String[] called = null;
    if (a instanceof LuaFunction f) {
      fn = f;
      root = (LuaRootNode) fn.callTarget.getRootNode();
    } else if (LuaOps.toNumber(a) instanceof Double d) {
      int level = (int) LuaBuiltinNode.toInteger(d);
      boolean other = thread != null && thread != ctx.currentCoroutine;
      List<LuaStack.Level> levels;
      if (other) {
        levels = threadLevels(thread, false);
      } else {
        levels = LuaStack.levels();
      }
      if (level == levels.size() && !other && !LuaStack.inCoroutine()) {
        // the C function below the main chunk (lua.c's pmain)
        fn = null;
        root = null;
      } else if (level < 0) {
        return new Object[] {tailCallInfo(what, arg + 2)}; // lua_getstack: a lost tail call
      } else if (level >= levels.size()) {
        return new Object[] {LuaNil.NIL};
      } else {
        LuaStack.Level l = levels.get(level);
        fn = l.function();
        root = l.root();
        line = l.line();
        called = LuaStack.calledAs(levels, level);
        if (l.isTailCall()) {
          return new Object[] {tailCallInfo(what, arg + 2)};
        }
      }
    } else {
      throw LuaError.argError(arg + 1, "getinfo", "function or level expected");
    }
    // lua_getinfo takes a leading '>' (db_getinfo adds one before the options for a function
    // argument); any other '>' is an invalid option
    if (what.indexOf('>', a instanceof LuaFunction ? 0 : 1) >= 0) {
      throw LuaError.argError(arg + 2, "getinfo", "invalid option");
    }
    for (char c : what.toCharArray()) {
      if ("SlunLf>".indexOf(c) < 0) {
        throw LuaError.argError(arg + 2, "getinfo", "invalid option");
      }
    }
    // db_getinfo's fields in its order; a nil value still gives its key a node (lua_setfield),
    // so pairs sees lua5.1's order
    if (what.indexOf('S') >= 0) {
      if (root instanceof LuaFunctionRootNode fr) {
        putSource(
            info,
            fr.getChunkName(),
            fr.getChunkId(),
            fr.getLineDefined(),
            fr.isMain() ? 0 : fr.getLastLineDefined(),
            fr.isMain() ? "main" : "Lua");
      } else {
        putSource(info, "=[C]", "[C]", -1, -1, "C");
      }
    }
    if (what.indexOf('l') >= 0) {
      info.rawset("currentline", (double) line);
    }
    if (what.indexOf('u') >= 0) {
      info.rawset("nups", (double) (fn == null || fn.isBuiltin() ? 0 : fn.upvalues.length));
    }
    if (what.indexOf('n') >= 0) {
      // getfuncname: only a level has a name, the one its caller's call gives it
      info.rawset("name", called != null ? called[1] : LuaNil.NIL);
      info.rawset("namewhat", called != null ? called[0] : "");
    }
    if (what.indexOf('L') >= 0) {
      info.rawset(
          "activelines", root instanceof LuaFunctionRootNode fr ? activeLines(fr) : LuaNil.NIL);
    }
    if (what.indexOf('f') >= 0) {
      info.rawset("func", fn != null ? fn : LuaNil.NIL);
    }
    return new Object[] {info};
  }
}
