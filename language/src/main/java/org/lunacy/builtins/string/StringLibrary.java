package org.lunacy.builtins.string;

import static org.lunacy.builtins.LuaBuiltins.define;

import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.builtins.base.BaseLibrary;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/** The string library (lstrlib.c); patterns live in {@link LuaPatterns}, format in {@link LuaFormat}. */
public final class StringLibrary {
  private StringLibrary() {}

  private static final Object[] NONE = new Object[0];

  /** posrelat: a relative string position (negative counts from the end) made absolute. */
  static long posrelat(long pos, int len) {
    if (pos < 0) {
      pos += (long) len + 1;
    }
    return pos >= 0 ? pos : 0;
  }

  private static Object[] one(Object v) {
    return new Object[] {v};
  }

  public static void install(LuaContext ctx) {
    LuaTable string = LuaBuiltins.library(ctx, "string");
    LuaTable meta = new LuaTable();
    meta.rawset("__index", string);
    ctx.stringMetatable = meta;

    LuaBuiltins.defineInline(ctx, string, "len", (self, args) -> one((double) self.checkString(args, 1).length()));
    LuaBuiltins.defineInline(ctx, string, "sub", (self, args) -> {
      String s = self.checkString(args, 1);
      int l = s.length();
      long start = posrelat(self.checkInteger(args, 2), l);
      long end = posrelat(self.optInteger(args, 3, -1), l);
      if (start < 1) {
        start = 1;
      }
      if (end > l) {
        end = l;
      }
      return one(start <= end ? substring(s, (int) start - 1, (int) end) : "");
    });
    LuaBuiltins.defineInline(ctx, string, "upper", (self, args) -> {
      String s = self.checkString(args, 1);
      char[] c = s.toCharArray();
      for (int i = 0; i < c.length; i++) {
        if (c[i] >= 'a' && c[i] <= 'z') {
          c[i] -= 32;
        }
      }
      return one(new String(c));
    });
    LuaBuiltins.defineInline(ctx, string, "lower", (self, args) -> {
      String s = self.checkString(args, 1);
      char[] c = s.toCharArray();
      for (int i = 0; i < c.length; i++) {
        if (c[i] >= 'A' && c[i] <= 'Z') {
          c[i] += 32;
        }
      }
      return one(new String(c));
    });
    define(ctx, string, "rep", (self, args) -> {
      String s = self.checkString(args, 1);
      long n = self.checkInt(args, 2);
      if (n <= 0 || s.isEmpty()) {
        return one("");
      }
      LuaError.checkStringLength(n * s.length());
      return one(s.repeat((int) n));
    });
    define(ctx, string, "reverse", (self, args) ->
        one(new StringBuilder(self.checkString(args, 1)).reverse().toString()));
    LuaBuiltins.defineInline(ctx, string, "byte", (self, args) -> {
      String s = self.checkString(args, 1);
      int l = s.length();
      long posi = posrelat(self.optInteger(args, 2, 1), l);
      long pose = posrelat(LuaBuiltinNode.isNoneOrNil(args, 3) ? posi : self.checkInteger(args, 3), l);
      if (posi <= 0) {
        posi = 1;
      }
      if (pose > l) {
        pose = l;
      }
      if (posi > pose) {
        return NONE;
      }
      int n = (int) (pose - posi + 1);
      if ((long) n + args.length - 1 > BaseLibrary.MAX_C_STACK) { // luaL_checkstack
        throw LuaError.error("stack overflow (string slice too long)");
      }
      Object[] out = new Object[n];
      for (int i = 0; i < n; i++) {
        out[i] = (double) s.charAt((int) posi + i - 1);
      }
      return out;
    });
    LuaBuiltins.defineInline(ctx, string, "char", (self, args) -> {
      char[] c = new char[args.length - 1];
      for (int i = 1; i < args.length; i++) {
        int v = self.checkInt(args, i);
        if (v < 0 || v > 255) {
          throw LuaError.argError(i, "char", "invalid value");
        }
        c[i - 1] = (char) v;
      }
      return one(new String(c));
    });
    define(ctx, string, "format", (self, args) -> {
      self.checkString(args, 1);
      Object[] fargs = new Object[args.length - 1];
      System.arraycopy(args, 1, fargs, 0, fargs.length);
      fargs[0] = self.checkString(args, 1);
      return one(LuaFormat.format(fargs));
    });
    define(ctx, string, "find", (self, args) -> find(self, args, true));
    define(ctx, string, "match", (self, args) -> find(self, args, false));
    define(ctx, string, "gmatch", (self, args) -> {
      String s = self.checkString(args, 1);
      String p = self.checkString(args, 2);
      LuaPatterns.Gmatch state = new LuaPatterns.Gmatch(s, p);
      return one(LuaBuiltins.function(ctx, "gmatch_aux", (me, a) -> {
        Object[] r = state.next();
        return r == null ? NONE : r;
      }));
    });
    string.rawset("gfind", string.rawget("gmatch"));
    LuaPatterns.Host host = new LuaPatterns.Host() {
      @Override
      public Object call(Object fn, Object[] callArgs) {
        Object[] r = LuaCalls.callArgs(fn, callArgs);
        return r.length == 0 ? LuaNil.NIL : r[0];
      }

      @Override
      public Object index(Object table, Object key) {
        return LuaOps.index(table, key, null, null);
      }
    };
    define(ctx, string, "gsub", (self, args) -> {
      String s = self.checkString(args, 1);
      String p = self.checkString(args, 2);
      Object repl = LuaBuiltinNode.arg(args, 3);
      int max = self.optInt(args, 4, s.length() + 1); // str_gsub reads n before checking repl
      if (!(repl instanceof String || repl instanceof Double || repl instanceof LuaTable
          || repl instanceof LuaFunction)) {
        throw LuaError.argError(3, "gsub", "string/function/table expected");
      }
      return LuaPatterns.gsub(s, p, repl, max, host);
    });
    define(ctx, string, "dump", (self, args) -> {
      if (!(LuaBuiltinNode.arg(args, 1) instanceof LuaFunction f)) {
        throw self.typeError(args, 1, "function");
      }
      String dumped = LuaDump.dump(f);
      if (dumped == null) {
        throw LuaError.error("unable to dump given function");
      }
      return new Object[] {dumped};
    });
  }

  private static Object[] find(LuaBuiltinNode self, Object[] args, boolean isFind) {
    String s = self.checkString(args, 1);
    String p = self.checkString(args, 2);
    long init = posrelat(self.optInteger(args, 3, 1), s.length());
    boolean plain = isFind && LuaOps.isTrue(LuaBuiltinNode.arg(args, 4));
    int i = (int) Math.min(init, (long) s.length() + 2);
    return LuaPatterns.find(s, p, i, plain, isFind);
  }

  /**
   * {@link String#substring} out of line: inlined, its bounds-check failure path (message
   * formatting with locales) is too deep for partial evaluation, and string.sub never compiled.
   */
  @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
  private static String substring(String s, int begin, int end) {
    return s.substring(begin, end);
  }
}
