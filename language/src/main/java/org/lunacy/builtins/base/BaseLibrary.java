package org.lunacy.builtins.base;

import static org.lunacy.builtins.LuaBuiltins.define;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.builtins.io.LuaErrno;
import org.lunacy.nodes.control.LuaGenericForNode;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaHostStrings;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaNumbers;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaStack;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaThread;
import org.lunacy.runtime.LuaUserdata;
import org.lunacy.runtime.LuaWeakTables;

/** The base library (lbaselib.c). */
public final class BaseLibrary {
  private BaseLibrary() {}

  private static final Object[] NONE = new Object[0];

  /** LUAI_MAXCSTACK: the most values a builtin may push (luaL_checkstack; unpack's limit). */
  public static final int MAX_C_STACK = 8000;

  public static void install(LuaContext ctx) {
    LuaTable g = ctx.globals;
    g.rawset("_G", g);
    g.rawset("_VERSION", "Lua 5.1");

    define(ctx, g, "print", (self, args) -> print(ctx, args));
    LuaBuiltins.defineInline(ctx, g, "type", (self, args) -> {
      self.checkAny(args, 1);
      return one(LuaBuiltinNode.typeName(args[1]));
    });
    define(ctx, g, "tostring", (self, args) -> {
      self.checkAny(args, 1);
      Object h = LuaOps.getMetamethod(args[1], "__tostring");
      if (h != null) {
        // luaL_callmeta: whatever __tostring returns
        return one(LuaCalls.call1(h, args[1]));
      }
      return one(LuaOps.rawToString(args[1]));
    });
    define(ctx, g, "tonumber", BaseLibrary::tonumber);
    LuaBuiltins.defineInline(ctx, g, "rawequal", (self, args) -> {
      self.checkAny(args, 1);
      self.checkAny(args, 2);
      return one(LuaOps.rawEquals(args[1], args[2]));
    });
    LuaBuiltins.defineInline(ctx, g, "rawget", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      self.checkAny(args, 2);
      Object v = t.rawget(args[2]);
      return one(v == null ? LuaNil.NIL : v);
    });
    LuaBuiltins.defineInline(ctx, g, "rawset", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      self.checkAny(args, 2);
      self.checkAny(args, 3);
      LuaOps.rawsetChecked(t, args[2], args[3], null);
      return one(t);
    });
    LuaBuiltins.defineInline(ctx, g, "setmetatable", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      Object mt = LuaBuiltinNode.arg(args, 2);
      if (LuaBuiltinNode.isNone(args, 2) || (mt != LuaNil.NIL && !(mt instanceof LuaTable))) {
        throw LuaError.argError(2, "setmetatable", "nil or table expected");
      }
      LuaTable old = t.getMetatable();
      if (old != null && old.rawgetEvent("__metatable") != null) {
        throw LuaError.error("cannot change a protected metatable");
      }
      LuaTable newMt = mt == LuaNil.NIL ? null : (LuaTable) mt;
      t.setMetatable(newMt);
      byte mode = newMt == null || newMt.plainMetatable ? 0 : LuaWeakTables.metatableMode(newMt);
      if (mode != 0 || t.weakMode != 0) {
        // passing t out of line and going on would allocate it on every path
        self.rarePath();
        LuaWeakTables.updateMode(ctx, t, newMt);
      }
      return one(t);
    });
    LuaBuiltins.defineInline(ctx, g, "getmetatable", (self, args) -> {
      self.checkAny(args, 1);
      LuaTable mt = LuaOps.getMetatable(args[1]);
      if (mt == null) {
        return one(LuaNil.NIL);
      }
      Object protect = mt.rawgetEvent("__metatable");
      return one(protect != null ? protect : mt);
    });
    // a generic for runs next itself (for k, v in next, t)
    g.rawset(
        "next",
        LuaBuiltins.functionInline(
            ctx, "next", BaseLibrary::next, LuaGenericForNode.NEXT_ITERATOR));
    // pairs returns its own closure of next (an upvalue in lbaselib.c), not the global one
    LuaFunction next =
        LuaBuiltins.functionInline(
            ctx, "next", BaseLibrary::next, LuaGenericForNode.NEXT_ITERATOR);
    LuaBuiltins.defineInline(ctx, g, "pairs", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      return new Object[] {next, t, LuaNil.NIL};
    });
    LuaFunction ipairsIterator = LuaBuiltins.functionInline(ctx, "ipairs_aux", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      double i = self.checkNumber(args, 2) + 1;
      Object v = t.rawgetNumber(i);
      return v == null ? NONE : new Object[] {i, v};
    }, LuaGenericForNode.IPAIRS_ITERATOR);
    LuaBuiltins.defineInline(ctx, g, "ipairs", (self, args) -> {
      LuaTable t = self.checkTable(args, 1);
      return new Object[] {ipairsIterator, t, 0.0};
    });
    g.rawset("select", LuaBuiltins.functionInline(
        ctx, "select", BaseLibrary::select, org.lunacy.nodes.call.LuaCallNode.SELECT));
    LuaBuiltins.defineInline(ctx, g, "unpack", BaseLibrary::unpack);
    LuaBuiltins.defineInline(ctx, g, "assert", (self, args) -> {
      self.checkAny(args, 1);
      if (!LuaOps.isTrue(args[1])) {
        throw LuaError.error(self.optString(args, 2, "assertion failed!"));
      }
      Object[] out = new Object[args.length - 1];
      System.arraycopy(args, 1, out, 0, out.length);
      return out;
    });
    define(ctx, g, "error", (self, args) -> {
      Object value = LuaBuiltinNode.arg(args, 1);
      int level = self.optInt(args, 2, 1);
      if (level > 0 && (value instanceof String || value instanceof Double)) {
        String message = LuaOps.toStringOrNull(value);
        if (level == 1) {
          // the caller's position, as a builtin's own errors get it: no stack walk
          throw LuaError.untracedAtCaller(message);
        }
        value = LuaStack.where(level) + message;
      }
      throw LuaError.untraced(value, null);
    });
    define(ctx, g, "pcall", (self, args) -> {
      self.checkAny(args, 1);
      Object[] callArgs = new Object[args.length - 1];
      System.arraycopy(args, 2, callArgs, 1, args.length - 2);
      int depth = ctx.depth;
      int cCalls = ctx.cCalls;
      Object handler = ctx.errorHandler;
      ctx.errorHandler = null;
      boolean untraced = ctx.untracedErrors;
      ctx.untracedErrors = true;
      try {
        Object[] r = LuaCalls.call(args[1], callArgs);
        Object[] out = new Object[r.length + 1];
        out[0] = Boolean.TRUE;
        System.arraycopy(r, 0, out, 1, r.length);
        return out;
      } catch (LuaError e) {
        ctx.depth = depth;
        ctx.cCalls = cCalls;
        e.setWhere("", null, false);
        return new Object[] {Boolean.FALSE, e.getValue()};
      } catch (StackOverflowError e) {
        ctx.depth = depth;
        ctx.cCalls = cCalls;
        return new Object[] {Boolean.FALSE, "stack overflow"};
      } catch (OutOfMemoryError e) {
        // LUA_ERRMEM: what the failed call allocated is unreachable from here on
        ctx.depth = depth;
        ctx.cCalls = cCalls;
        return new Object[] {Boolean.FALSE, LuaError.MEMORY_MESSAGE};
      } finally {
        ctx.errorHandler = handler;
        ctx.untracedErrors = untraced;
      }
    });
    define(ctx, g, "xpcall", (self, args) -> {
      self.checkAny(args, 2);
      Object handler = args[2];
      int depth = ctx.depth;
      int cCalls = ctx.cCalls;
      Object outerHandler = ctx.errorHandler;
      ctx.errorHandler = handler;
      boolean untraced = ctx.untracedErrors;
      ctx.untracedErrors = false;
      try {
        Object[] r = LuaCalls.call(args[1], new Object[1]);
        Object[] out = new Object[r.length + 1];
        out[0] = Boolean.TRUE;
        System.arraycopy(r, 0, out, 1, r.length);
        return out;
      } catch (LuaError e) {
        ctx.depth = depth;
        e.setWhere("", null, false);
        ctx.errorHandler = outerHandler;
        if (e.isMemoryError() || e.isErrErr()) {
          // luaD_throw(LUA_ERRMEM) does not call the message handler, nor does LUA_ERRERR
          ctx.cCalls = cCalls;
          return new Object[] {Boolean.FALSE, e.getValue()};
        }
        // luaG_errormsg calls the handler where the error happened: after "C stack overflow" the
        // failed call has left nCcalls at the limit, and the handler's own call goes past it
        ctx.cCalls = e.isCStackOverflow() ? LuaCalls.MAX_C_CALLS : cCalls;
        try {
          return new Object[] {Boolean.FALSE, callHandler(handler, e.getValue(), e)};
        } finally {
          ctx.cCalls = cCalls;
        }
      } catch (OutOfMemoryError e) {
        ctx.depth = depth;
        ctx.cCalls = cCalls;
        return new Object[] {Boolean.FALSE, LuaError.MEMORY_MESSAGE};
      } catch (StackOverflowError e) {
        ctx.depth = depth;
        ctx.cCalls = cCalls;
        ctx.errorHandler = outerHandler;
        if (!(handler instanceof LuaFunction)) {
          return new Object[] {Boolean.FALSE, "error in error handling"};
        }
        Object[] h = LuaCalls.callArgs(handler, "stack overflow");
        return new Object[] {Boolean.FALSE, h.length > 0 ? h[0] : LuaNil.NIL};
      } finally {
        ctx.errorHandler = outerHandler;
        ctx.untracedErrors = untraced;
      }
    });
    define(ctx, g, "loadstring", (self, args) -> {
      String s = self.checkString(args, 1);
      String name = self.optString(args, 2, s);
      return load(ctx, s, name);
    });
    define(ctx, g, "load", (self, args) -> {
      // luaB_load reads the chunk name before it checks the reader
      String name = self.optString(args, 2, "=(load)");
      Object reader = LuaBuiltinNode.arg(args, 1);
      if (!(reader instanceof LuaFunction)) {
        throw self.typeError(args, 1, "function");
      }
      return loadPieces(ctx, reader, name);
    });
    define(ctx, g, "loadfile", (self, args) -> {
      String file = self.optString(args, 1, null);
      return loadFile(ctx, file);
    });
    define(ctx, g, "dofile", (self, args) -> {
      String file = self.optString(args, 1, null);
      Object[] r = loadFile(ctx, file);
      if (r[0] == LuaNil.NIL) {
        throw new LuaError(r[1]);
      }
      return LuaCalls.call(r[0], new Object[1]);
    });
    define(ctx, g, "getfenv", (self, args) -> one(getfenv(ctx, self, args)));
    define(ctx, g, "setfenv", (self, args) -> setfenv(ctx, self, args));
    define(ctx, g, "collectgarbage", (self, args) -> collectgarbage(ctx, self, args));
    define(ctx, g, "gcinfo", (self, args) -> one(Math.floor(usedKilobytes())));
    java.util.Map<LuaTable, Boolean> proxyMetatables = new java.util.WeakHashMap<>();
    define(ctx, g, "newproxy", (self, args) -> {
      Object a = LuaBuiltinNode.arg(args, 1);
      LuaUserdata u = new LuaUserdata();
      // lua_newuserdata: the environment of the running function
      u.env = args[0] instanceof LuaFunction self0 ? self0.env : ctx.globals;
      if (a == Boolean.TRUE) {
        LuaTable mt = new LuaTable();
        proxyMetatables.put(mt, Boolean.TRUE);
        u.setMetatable(mt);
      } else if (a instanceof LuaUserdata other
          && other.getMetatable() != null
          && proxyMetatables.containsKey(other.getMetatable())) {
        u.setMetatable(other.getMetatable());
      } else if (a != Boolean.FALSE && a != LuaNil.NIL) {
        throw LuaError.argError(1, "newproxy", "boolean or proxy expected");
      }
      LuaWeakTables.registerFinalizable(ctx, u);
      return one(u);
    });
  }

  private static Object[] one(Object v) {
    return new Object[] {v};
  }

  /**
   * Runs an xpcall message handler. An error inside the handler is handled by the handler again,
   * as in PUC, until the C stack limit gives "error in error handling".
   */
  private static Object callHandler(Object handler, Object error, Throwable cause) {
    if (!(handler instanceof LuaFunction)) {
      // luaG_errormsg: a handler that is not a function (even one with __call) is LUA_ERRERR
      return "error in error handling";
    }
    Object value = error;
    LuaStack.HandlerSite site = LuaStack.handlerSite(cause, null);
    for (int i = 0; i < LuaCalls.MAX_C_CALLS; i++) {
      try {
        Object[] h = LuaStack.callHandler(handler, site, value);
        return h.length > 0 ? h[0] : LuaNil.NIL;
      } catch (LuaError e) {
        if (e.isMemoryError()) {
          return e.getValue(); // the memory error is what the failed handler gives
        }
        if (e.isErrErr()) {
          break;
        }
        e.setWhere("", null, false);
        value = e.getValue();
        site = LuaStack.handlerSite(e, site);
      } catch (OutOfMemoryError e) {
        return LuaError.MEMORY_MESSAGE;
      } catch (StackOverflowError e) {
        break;
      }
    }
    return "error in error handling";
  }

  private static boolean noToString(LuaTable mt) {
    return mt == null || mt.rawgetEvent("__tostring") == null;
  }

  /**
   * luaB_print: writes each value as it goes (what tostring prints or raises comes after the values
   * before it), straight to standard output, so a string of any length is never copied.
   */
  @TruffleBoundary
  private static Object[] print(LuaContext ctx, Object[] args) {
    Object tostring = LuaOps.index(ctx.threadGlobals(), "tostring", null, null);
    // the builtin tostring of a string or number is skipped, unless hooks must see its calls or
    // their metatable has a __tostring
    boolean direct =
        tostring instanceof LuaFunction tf && tf.isBuiltin() && !LuaHooks.enabled();
    for (int i = 1; i < args.length; i++) {
      Object v = args[i];
      String s;
      if (v instanceof String str && direct && noToString(ctx.stringMetatable)) {
        s = str;
      } else if (v instanceof Double d && direct && noToString(ctx.numberMetatable)) {
        s = LuaNumbers.toString(d);
      } else {
        Object r = LuaCalls.call1(tostring, v);
        if (r instanceof String rs) {
          s = rs;
        } else if (r instanceof Double d) {
          s = LuaNumbers.toString(d);
        } else {
          throw LuaError.error("'tostring' must return a string to 'print'");
        }
      }
      if (i > 1) {
        ctx.write("\t");
      }
      // luaB_print writes with fputs, which stops at the first NUL byte
      int nul = s.indexOf('\0');
      ctx.write(s, 0, nul < 0 ? s.length() : nul);
    }
    ctx.write("\n");
    return NONE;
  }

  private static Object[] tonumber(LuaBuiltinNode self, Object[] args) {
    int base = self.optInt(args, 2, 10);
    if (base == 10) {
      self.checkAny(args, 1);
      Object v = args[1];
      Double d = LuaOps.toNumber(v);
      return one(d == null ? LuaNil.NIL : d);
    }
    String s = self.checkString(args, 1);
    if (base < 2 || base > 36) {
      throw LuaError.argError(2, "tonumber", "base out of range");
    }
    return one(LuaNumbers.tonumber(s, base));
  }

  private static Object[] next(LuaBuiltinNode self, Object[] args) {
    LuaTable t = self.checkTable(args, 1);
    Object[] out = new Object[2];
    try {
      if (t.next(LuaBuiltinNode.arg(args, 2), out)) {
        return out;
      }
    } catch (LuaTable.InvalidKeyException e) {
      throw new LuaError("invalid key to 'next'");
    }
    return one(LuaNil.NIL);
  }

  private static Object[] select(LuaBuiltinNode self, Object[] args) {
    int n = args.length - 1;
    if (LuaBuiltinNode.arg(args, 1) instanceof String s && s.startsWith("#")) {
      return one((double) (n - 1));
    }
    long i = self.checkInt(args, 1);
    if (i < 0) {
      i = n + i;
    } else if (i > n) {
      i = n;
    }
    if (i < 1) {
      throw LuaError.argError(1, "select", "index out of range");
    }
    int from = (int) i + 1;
    if (from > n) {
      return NONE;
    }
    Object[] out = new Object[n + 1 - from];
    System.arraycopy(args, from, out, 0, out.length);
    return out;
  }

  private static Object[] unpack(LuaBuiltinNode self, Object[] args) {
    LuaTable t = self.checkTable(args, 1);
    // luaB_unpack works with C ints: the bounds are luaL_checkint'ed, n may overflow
    int i = self.optInt(args, 2, 1);
    int e = LuaBuiltinNode.isNoneOrNil(args, 3) ? t.length() : self.checkInt(args, 3);
    if (i > e) {
      return NONE;
    }
    int n = e - i + 1;
    if (n <= 0 || (long) n + args.length - 1 > MAX_C_STACK) {
      throw LuaError.error("too many results to unpack");
    }
    Object[] out = new Object[(int) n];
    for (int k = 0; k < n; k++) {
      Object v = t.rawgetNumber((double) ((long) i + k));
      out[k] = v == null ? LuaNil.NIL : v;
    }
    return out;
  }

  /** Ends load's reading early: {@code result} is what load returns. */
  private static final class ReaderStop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Object[] result;

    ReaderStop(Object[] result) {
      super(null, null, false, false);
      this.result = result;
    }
  }

  /** The next piece from load's reader function: null at its end (nil or ""). */
  private static String nextPiece(Object reader) {
    Object piece;
    try {
      piece = LuaCalls.call1(reader);
    } catch (LuaError e) {
      e.setWhere("", null, false);
      // lua_load runs the reader under the thread's error handler (luaG_errormsg calls it), so
      // inside an xpcall the message load returns is what the handler made of the error
      LuaContext ctx = LuaContext.get(null);
      Object handler = e.isMemoryError() ? null : ctx.errorHandler;
      Object value =
          handler != null
              ? callHandler(handler, e.getValue(), e)
              : e.isMemoryError() ? e.getValue() : standaloneHandler(ctx, e.getValue(), e);
      throw new ReaderStop(new Object[] {LuaNil.NIL, value});
    }
    if (piece == LuaNil.NIL) {
      return null;
    }
    String ps = LuaOps.toStringOrNull(piece);
    if (ps == null) {
      // generic_reader's luaL_error: also raised under the thread's error handler
      String msg = LuaStack.where(1) + "reader function must return a string";
      LuaContext ctx = LuaContext.get(null);
      Object handler = ctx.errorHandler;
      Object value =
          handler != null
              ? callHandler(handler, msg, new LuaError(msg))
              : standaloneHandler(ctx, msg, new LuaError(msg));
      throw new ReaderStop(new Object[] {LuaNil.NIL, value});
    }
    return ps.isEmpty() ? null : ps;
  }

  /**
   * The error handler of the main thread outside any protected call: lua.c runs the script under
   * its {@code traceback} message handler, so an error lua_load catches there (one the reader
   * raises) comes back as {@code debug.traceback(msg, 2)}, for a string or number message and a
   * {@code debug.traceback} found in the globals now. Elsewhere (a pcall, a coroutine) the error
   * stays as it is.
   */
  private static Object standaloneHandler(LuaContext ctx, Object msg, Throwable cause) {
    if (ctx.untracedErrors || ctx.currentCoroutine != null
        || !(msg instanceof String || msg instanceof Double)) {
      return msg;
    }
    LuaFunction f;
    try {
      f = LuaCalls.tracebackHandler(ctx);
    } catch (LuaError e) {
      return "error in error handling";
    }
    if (f == null) {
      return msg;
    }
    if (f.isBuiltin() && "traceback".equals(f.getBuiltinName())) {
      // level 1 of the builtin is where lua.c's level 2 is: there is no C handler level here
      return callHandler(f, msg, cause);
    }
    try {
      Object[] h = LuaStack.callHandler(f, cause, msg, 2.0);
      return h.length > 0 ? h[0] : LuaNil.NIL;
    } catch (LuaError e) {
      // the handler's own error goes to the handler again, until the C stack gives out
      return "error in error handling";
    }
  }

  /**
   * load(reader, name): a text chunk is read only as far as the parser gets, so a syntax error
   * stops the calls of the reader where lua5.1's would; a binary chunk is read to its end.
   */
  @TruffleBoundary
  private static Object[] loadPieces(LuaContext ctx, Object reader, String name) {
    try {
      // f_parser's look-ahead for the binary signature: when it finds no piece, the lexer
      // calls the reader again, and reads text whatever comes then
      String ahead = nextPiece(reader);
      String first = ahead != null ? ahead : nextPiece(reader);
      if (first == null) {
        return load(ctx, "", name);
      }
      if (ahead != null && first.charAt(0) == '\033') {
        StringBuilder sb = new StringBuilder(first);
        for (String p = nextPiece(reader); p != null; p = nextPiece(reader)) {
          sb.append(p);
        }
        return load(ctx, sb.toString(), name);
      }
      boolean[] firstTaken = {false};
      java.util.function.Supplier<String> pieces =
          () -> {
            if (!firstTaken[0]) {
              firstTaken[0] = true;
              return first;
            }
            return nextPiece(reader);
          };
      String code;
      try {
        code = org.lunacy.parser.LuaParser.readChecked(pieces, name, ctx.cCalls);
      } catch (org.lunacy.parser.LuaSyntaxException e) {
        return new Object[] {LuaNil.NIL, e.getMessage()};
      }
      return load(ctx, code, name);
    } catch (ReaderStop stop) {
      return stop.result;
    } catch (OutOfMemoryError e) {
      // lua_load's LUA_ERRMEM: the chunk outgrew what a string can hold
      return new Object[] {LuaNil.NIL, LuaError.MEMORY_MESSAGE};
    }
  }

  @TruffleBoundary
  public static Object[] load(LuaContext ctx, String code, String chunkName) {
    try {
      return one(ctx.language.load(code, chunkName, ctx.threadGlobals()));
    } catch (LuaError e) {
      return new Object[] {LuaNil.NIL, e.getValue()};
    } catch (OutOfMemoryError e) {
      // lua_load's LUA_ERRMEM
      return new Object[] {LuaNil.NIL, LuaError.MEMORY_MESSAGE};
    }
  }

  private static boolean isDirectory(LuaContext ctx, String fileName) {
    try {
      return LuaHostStrings.file(ctx.env, fileName).isDirectory();
    } catch (IOException
        | SecurityException
        | UnsupportedOperationException
        | IllegalArgumentException e) {
      return false;
    }
  }

  @TruffleBoundary
  public static Object[] loadFile(LuaContext ctx, String fileName) {
    String code;
    String chunkName;
    try {
      byte[] bytes;
      if (fileName == null) {
        bytes = ctx.env.in().readAllBytes();
        chunkName = "=stdin";
      } else {
        TruffleFile f = LuaHostStrings.file(ctx.env, fileName);
        bytes = f.readAllBytes();
        chunkName = "@" + fileName;
      }
      code = new String(bytes, StandardCharsets.ISO_8859_1);
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      String what = fileName == null ? "stdin" : fileName;
      // fopen succeeds on a directory; reading it fails (luaL_loadfile's "cannot read")
      String verb = fileName != null && isDirectory(ctx, fileName) ? "read" : "open";
      return new Object[] {LuaNil.NIL, "cannot " + verb + " " + what + ": " + LuaErrno.message(e)};
    } catch (OutOfMemoryError e) {
      return new Object[] {LuaNil.NIL, LuaError.MEMORY_MESSAGE};
    }
    if (code.startsWith("#")) {
      // luaL_loadfile skips the first line; a precompiled chunk after it is read from the file's
      // first ESC on, text keeps the line's newline so that line numbers stay right
      int nl = code.indexOf('\n');
      if (fileName != null && nl >= 0 && nl + 1 < code.length() && code.charAt(nl + 1) == '\033') {
        code = code.substring(code.indexOf('\033'));
      } else {
        code = nl < 0 ? "" : code.substring(nl);
      }
    }
    return load(ctx, code, chunkName);
  }

  private static Object getfenv(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    Object f = LuaBuiltinNode.arg(args, 1);
    if (f instanceof LuaFunction fn) {
      // a builtin's own environment is only visible to debug.getfenv (luaB_getfenv)
      return fn.env == null || fn.isBuiltin() ? ctx.threadGlobals() : fn.env;
    }
    int level = LuaBuiltinNode.isNoneOrNil(args, 1) ? 1 : self.checkInt(args, 1);
    if (level < 0) {
      throw LuaError.argError(1, "getfenv", "level must be non-negative");
    }
    if (level == 0) {
      return ctx.threadGlobals();
    }
    List<LuaStack.Level> levels = LuaStack.levels();
    if (level == levels.size() && !LuaStack.inCoroutine()) {
      return ctx.threadGlobals(); // the C function that runs the main chunk
    }
    if (level >= levels.size()) {
      throw LuaError.argError(1, "getfenv", "invalid level");
    }
    if (levels.get(level).isTailCall()) {
      throw LuaError.error("no function environment for tail call at level " + level);
    }
    LuaFunction fn = levels.get(level).function();
    if (fn == null || fn.isBuiltin()) {
      return ctx.threadGlobals();
    }
    return fn.env;
  }

  private static Object[] setfenv(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    LuaTable t = self.checkTable(args, 2);
    Object f = LuaBuiltinNode.arg(args, 1);
    LuaFunction fn;
    if (f instanceof LuaFunction lf) {
      fn = lf;
    } else {
      int level = self.checkInt(args, 1);
      if (level < 0) {
        throw LuaError.argError(1, "setfenv", "level must be non-negative");
      }
      if (level == 0) {
        if (ctx.currentCoroutine != null) {
          ctx.currentCoroutine.globals = t;
        } else {
          ctx.globals = t;
        }
        return NONE;
      }
      List<LuaStack.Level> levels = LuaStack.levels();
      if (level == levels.size() && !LuaStack.inCoroutine()) {
        throw LuaError.error("'setfenv' cannot change environment of given object");
      }
      if (level >= levels.size()) {
        throw LuaError.argError(1, "setfenv", "invalid level");
      }
      if (levels.get(level).isTailCall()) {
        throw LuaError.error("no function environment for tail call at level " + level);
      }
      fn = levels.get(level).function();
    }
    if (fn == null || fn.isBuiltin()) {
      throw LuaError.error("'setfenv' cannot change environment of given object");
    }
    fn.env = t;
    return one(fn);
  }

  /**
   * collectgarbage (luaB_collectgarbage + lua_gc). The second argument is read as luaL_optint for
   * every option. "count" is the JVM heap in use; "step" models lua5.1's incremental collector: a
   * cycle takes {@code count * 100 / stepmul} basic steps, a call with size {@code n} does
   * {@code n + 1} of them (or a whole cycle when {@code n} KB covers the heap), and the call that
   * ends a cycle runs a full collection and returns true.
   */
  private static Object[] collectgarbage(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    String opt = self.optString(args, 1, "collect");
    switch (opt) { // luaL_checkoption: the option is checked before the second argument
      case "collect", "count", "step", "stop", "restart", "setpause", "setstepmul":
        break;
      default:
        throw LuaError.argError(1, "collectgarbage", "invalid option '" + opt + "'");
    }
    int ex = self.optInt(args, 2, 0);
    switch (opt) {
      case "collect":
        ctx.gcSteps = 0;
        LuaWeakTables.collect(ctx);
        return one(0.0);
      case "count":
        return one(usedKilobytes());
      case "step":
        return one(gcStep(ctx, ex));
      case "stop":
      case "restart":
        ctx.gcStopped = opt.equals("stop");
        return one(0.0);
      case "setpause":
      case "setstepmul":
        return one((double) ctx.gcParameter(opt, ex));
      default:
        throw LuaError.argError(1, "collectgarbage", "invalid option '" + opt + "'");
    }
  }

  /** lua_gc(LUA_GCSTEP): true if the step finished a collection cycle. */
  private static Boolean gcStep(LuaContext ctx, int size) {
    double kb = usedKilobytes();
    int stepMul = ctx.gcStepMul();
    boolean done;
    if (size < 0 || size >= kb || stepMul == 0) {
      // the size is taken as an unsigned number of KB: more than the heap means a whole cycle
      done = true;
    } else {
      ctx.gcSteps += size + 1.0;
      done = ctx.gcSteps >= kb * 100 / stepMul;
    }
    if (done) {
      ctx.gcSteps = 0;
      LuaWeakTables.collect(ctx);
    }
    return done;
  }

  private static double usedKilobytes() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / 1024.0;
  }

  static boolean isThread(Object v) {
    return v instanceof LuaThread;
  }
}
