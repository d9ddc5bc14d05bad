package org.lunacy.builtins.io;

import static org.lunacy.builtins.LuaBuiltins.define;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaNumbers;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaUserdata;

/** The io library (liolib.c): standard streams. */
public final class IoLibrary {
  private IoLibrary() {}

  /** A file handle: a userdata with the file methods as its metatable's {@code __index}. */
  public static final class LuaFile extends LuaUserdata {
    final String name;
    final InputStream in;
    final OutputStream out;
    boolean closed;
    int peeked = -2;

    LuaFile(String name, InputStream in, OutputStream out) {
      this.name = name;
      this.in = in;
      this.out = out;
    }

    int read() throws IOException {
      if (peeked != -2) {
        int c = peeked;
        peeked = -2;
        return c;
      }
      return in.read();
    }

    int peek() throws IOException {
      if (peeked == -2) {
        peeked = in.read();
      }
      return peeked;
    }

    @Override
    public String toString() {
      return closed ? "file (closed)" : "file (0x" + String.format("%08x", System.identityHashCode(this)) + ")";
    }
  }

  public static void install(LuaContext ctx) {
    LuaTable io = LuaBuiltins.library(ctx, "io");
    LuaTable meta = new LuaTable();
    LuaTable methods = new LuaTable();
    meta.rawset("__index", methods);
    LuaFile stdin = new LuaFile("stdin", ctx.env.in(), null);
    LuaFile stdout = new LuaFile("stdout", null, ctx.out());
    LuaFile stderr = new LuaFile("stderr", null, ctx.env.err());
    for (LuaFile f : new LuaFile[] {stdin, stdout, stderr}) {
      f.setMetatable(meta);
      io.rawset(f.name, f);
    }
    define(ctx, meta, "__tostring", (self, args) -> new Object[] {args[1].toString()});
    define(ctx, io, "write", (self, args) -> write(ctx, self, stdout, args, 1));
    define(ctx, io, "read", (self, args) -> read(self, stdin, args, 1));
    define(ctx, io, "flush", (self, args) -> {
      ctx.flush();
      return new Object[] {Boolean.TRUE};
    });
    define(ctx, io, "type", (self, args) -> {
      self.checkAny(args, 1);
      Object v = args[1];
      if (v instanceof LuaFile f) {
        return new Object[] {f.closed ? "closed file" : "file"};
      }
      return new Object[] {LuaNil.NIL};
    });
    define(ctx, io, "lines", (self, args) -> {
      if (!LuaBuiltinNode.isNoneOrNil(args, 1)) {
        throw LuaError.error(self.checkString(args, 1) + ": cannot open files yet");
      }
      return new Object[] {LuaBuiltins.function(ctx, "lines_iter", (me, a) ->
          read(me, stdin, new Object[] {null}, 1))};
    });
    define(ctx, methods, "write", (self, args) -> write(ctx, self, checkFile(self, args), args, 2));
    define(ctx, methods, "read", (self, args) -> read(self, checkFile(self, args), args, 2));
    define(ctx, methods, "lines", (self, args) -> {
      LuaFile f = checkFile(self, args);
      return new Object[] {LuaBuiltins.function(ctx, "lines_iter", (me, a) ->
          read(me, f, new Object[] {null}, 1))};
    });
    define(ctx, methods, "flush", (self, args) -> {
      LuaFile f = checkFile(self, args);
      try {
        if (f.out != null) {
          if (f.out == ctx.out()) {
            ctx.flush();
          } else {
            f.out.flush();
          }
        }
      } catch (IOException e) {
        return new Object[] {LuaNil.NIL, e.getMessage()};
      }
      return new Object[] {f};
    });
    define(ctx, methods, "setvbuf", (self, args) -> {
      checkFile(self, args);
      return new Object[] {Boolean.TRUE};
    });
    define(ctx, methods, "close", (self, args) -> {
      LuaFile f = checkFile(self, args);
      if (f == stdout || f == stderr || f == stdin) {
        return new Object[] {LuaNil.NIL, "cannot close standard file"};
      }
      f.closed = true;
      return new Object[] {Boolean.TRUE};
    });
  }

  private static LuaFile checkFile(LuaBuiltinNode self, Object[] args) {
    Object v = LuaBuiltinNode.arg(args, 1);
    if (!(v instanceof LuaFile f)) {
      throw self.typeError(args, 1, "FILE*");
    }
    if (f.closed) {
      throw LuaError.error("attempt to use a closed file");
    }
    return f;
  }

  private static Object[] write(LuaContext ctx, LuaBuiltinNode self, LuaFile f, Object[] args, int first) {
    try {
      for (int i = first; i < args.length; i++) {
        Object v = args[i];
        String s;
        if (v instanceof Double d) {
          s = LuaNumbers.toString(d);
        } else {
          s = self.checkString(args, i);
        }
        if (f.out == ctx.out()) {
          ctx.write(s);
        } else {
          for (int k = 0; k < s.length(); k++) {
            f.out.write(s.charAt(k));
          }
          f.out.flush();
        }
      }
    } catch (IOException e) {
      return new Object[] {LuaNil.NIL, e.getMessage()};
    }
    return new Object[] {Boolean.TRUE};
  }

  private static Object[] read(LuaBuiltinNode self, LuaFile f, Object[] args, int first) {
    try {
      if (args.length <= first) {
        return new Object[] {readLine(f)};
      }
      Object[] out = new Object[args.length - first];
      for (int i = first; i < args.length; i++) {
        Object fmt = args[i];
        Object r;
        if (fmt instanceof Double d) {
          r = readChars(f, (long) d.doubleValue());
        } else {
          String s = self.checkString(args, i);
          if (s.startsWith("*n")) {
            r = readNumber(f);
          } else if (s.startsWith("*l")) {
            r = readLine(f);
          } else if (s.startsWith("*a")) {
            r = readAll(f);
          } else {
            throw LuaError.argError(i, "read", "invalid format");
          }
        }
        out[i - first] = r;
        if (r == LuaNil.NIL) {
          Object[] cut = new Object[i - first + 1];
          System.arraycopy(out, 0, cut, 0, cut.length);
          return cut;
        }
      }
      return out;
    } catch (IOException e) {
      return new Object[] {LuaNil.NIL, e.getMessage()};
    }
  }

  private static Object readLine(LuaFile f) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = f.read()) != -1 && c != '\n') {
      sb.append((char) c);
    }
    if (c == -1 && sb.length() == 0) {
      return LuaNil.NIL;
    }
    return sb.toString();
  }

  private static Object readAll(LuaFile f) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = f.read()) != -1) {
      sb.append((char) c);
    }
    return sb.toString();
  }

  private static Object readChars(LuaFile f, long n) throws IOException {
    if (n == 0) {
      return f.peek() == -1 ? LuaNil.NIL : "";
    }
    StringBuilder sb = new StringBuilder();
    int c;
    while (sb.length() < n && (c = f.read()) != -1) {
      sb.append((char) c);
    }
    return sb.length() == 0 ? LuaNil.NIL : sb.toString();
  }

  private static Object readNumber(LuaFile f) throws IOException {
    int c;
    while ((c = f.peek()) != -1 && Character.isWhitespace(c)) {
      f.read();
    }
    StringBuilder sb = new StringBuilder();
    while ((c = f.peek()) != -1 && (Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-')) {
      sb.append((char) f.read());
    }
    Double d = LuaNumbers.str2number(sb.toString());
    return d == null ? LuaNil.NIL : d;
  }
}
