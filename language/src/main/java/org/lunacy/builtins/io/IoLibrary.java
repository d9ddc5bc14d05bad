package org.lunacy.builtins.io;

import static org.lunacy.builtins.LuaBuiltins.define;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.io.TruffleProcessBuilder;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.graalvm.polyglot.io.ProcessHandler.Redirect;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.builtins.io.LuaErrno.LuaIOException;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaHostStrings;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaTable;

/**
 * The io library (liolib.c): file handles as userdata sharing the {@code FILE*} metatable, the
 * default input and output files, and pipes. Everything that touches the host goes through the
 * Truffle environment (files, processes), so an embedder's restrictions apply; a denied operation
 * fails the way a C call does, with {@code nil, message, errno}.
 */
public final class IoLibrary {
  private IoLibrary() {}

  private static final Object[] NONE = new Object[0];
  private static final String[] SEEK_MODES = {"set", "cur", "end"};
  private static final String[] BUFFER_MODES = {"no", "full", "line"};

  /** liolib.c's indices of the default files in the library's environment. */
  private static final int IO_INPUT = 1;

  private static final int IO_OUTPUT = 2;

  /** The io library of one context: liolib.c's environment with IO_INPUT and IO_OUTPUT. */
  private static final class IoState {
    final LuaContext ctx;
    final LuaTable meta = new LuaTable();
    LuaFile input;
    LuaFile output;

    /** Open streams, for the flush of every stream that popen does. */
    final Map<LuaStream, Boolean> open = new WeakHashMap<>();

    /** The state of each live lines iterator. */
    final Map<LuaFunction, LinesState> iterators = new WeakHashMap<>();

    /** The builtin whose call target every lines iterator uses. */
    LuaFunction readline;

    /**
     * liolib.c's function environments, each with its {@code __close}: that of the library's
     * functions and the files they open, that of io.popen and its pipes, that of the standard
     * files. A file's environment is the one of the function that created it (lua_newuserdata).
     */
    final LuaTable fileEnv = new LuaTable();

    final LuaTable pipeEnv = new LuaTable();
    final LuaTable stdEnv = new LuaTable();

    IoState(LuaContext ctx) {
      this.ctx = ctx;
    }

    LuaFile newFile(int kind, LuaStream stream) {
      LuaFile f = new LuaFile(kind, stream);
      f.setMetatable(meta);
      f.env = kind == LuaFile.STANDARD ? stdEnv : kind == LuaFile.PIPE ? pipeEnv : fileEnv;
      if (kind != LuaFile.STANDARD) {
        open.put(stream, Boolean.TRUE);
        // flushed and closed when the context goes away, as exit() does for C streams
        ctx.env.registerOnDispose(stream);
      }
      return f;
    }
  }

  public static void install(LuaContext ctx) {
    IoState io = new IoState(ctx);
    LuaTable lib = LuaBuiltins.library(ctx, "io");
    LuaTable meta = io.meta;
    ctx.registry.rawset("FILE*", meta);
    meta.rawset("__index", meta);

    io.readline = LuaBuiltins.function(ctx, "lines", (self, args) -> readline(io, args));
    LuaFile stdin =
        io.newFile(LuaFile.STANDARD, LuaStream.ofStandardInput(ctx.env.in(), ctx::flush));
    LuaFile stdout =
        io.newFile(LuaFile.STANDARD, LuaStream.ofOutput(ctx.out(), null, LuaStream.IOFBF));
    LuaFile stderr =
        io.newFile(LuaFile.STANDARD, LuaStream.ofOutput(ctx.env.err(), null, LuaStream.IONBF));
    LuaStream stdinStream = stdin.stream;
    ctx.stdinLine =
        size -> {
          try {
            return stdinStream.isClosed() ? null : stdinStream.gets(size);
          } catch (IOException e) {
            return null;
          }
        };
    io.input = stdin;
    io.output = stdout;
    ctx.closeOpenFiles = () -> closeOpenFiles(io);
    io.fileEnv.rawsetInt(IO_INPUT, stdin);
    io.fileEnv.rawsetInt(IO_OUTPUT, stdout);
    lib.rawset("stdin", stdin);
    lib.rawset("stdout", stdout);
    lib.rawset("stderr", stderr);

    LuaBuiltins.Body close = (self, args) -> close(io, self, args);
    define(ctx, lib, "close", close);
    define(ctx, meta, "close", (self, args) -> methodClose(io, self, args));
    define(ctx, lib, "flush", (self, args) -> flush(getIoFile(io, true)));
    define(ctx, meta, "flush", (self, args) -> flush(toFile(io, self, args)));
    define(ctx, lib, "input", (self, args) -> ioFile(io, self, args, true));
    define(ctx, lib, "output", (self, args) -> ioFile(io, self, args, false));
    define(ctx, lib, "lines", (self, args) -> ioLines(io, self, args));
    define(ctx, meta, "lines", (self, args) -> one(lines(io, toFile(io, self, args), false)));
    define(ctx, lib, "open", (self, args) -> open(io, self, args));
    define(ctx, lib, "popen", (self, args) -> popen(io, self, args));
    define(ctx, lib, "read", (self, args) -> read(self, getIoFile(io, false), args, 1));
    define(ctx, meta, "read", (self, args) -> read(self, toFile(io, self, args), args, 2));
    define(ctx, lib, "tmpfile", (self, args) -> tmpfile(io));
    define(ctx, lib, "type", (self, args) -> type(io, self, args));
    define(ctx, lib, "write", (self, args) -> write(self, getIoFile(io, true), args, 1));
    define(ctx, meta, "write", (self, args) -> write(self, toFile(io, self, args), args, 2));
    define(ctx, meta, "seek", (self, args) -> seek(toFile(io, self, args), self, args));
    define(ctx, meta, "setvbuf", (self, args) -> setvbuf(toFile(io, self, args), self, args));
    define(ctx, meta, "__gc", (self, args) -> gc(toFileAny(io, self, args)));
    define(ctx, meta, "__tostring", (self, args) -> one(toFileAny(io, self, args).toString()));

    LuaBuiltins.Body fclose = (self, args) -> auxClose(toFile(io, self, args));
    io.fileEnv.rawset("__close", LuaBuiltins.function(ctx, "__close", fclose));
    io.pipeEnv.rawset("__close", LuaBuiltins.function(ctx, "__close", fclose));
    io.stdEnv.rawset(
        "__close",
        LuaBuiltins.function(
            ctx, "__close", (self, args) -> new Object[] {LuaNil.NIL, "cannot close standard file"}));
    Object[] kv = new Object[2];
    // the methods were registered before luaopen_io replaced its environment
    for (Object k = LuaNil.NIL; lib.next(k, kv); k = kv[0]) {
      if (kv[1] instanceof LuaFunction f) {
        f.env = io.fileEnv;
      }
    }
    ((LuaFunction) lib.rawget("popen")).env = io.pipeEnv;
  }

  private static Object[] one(Object v) {
    return new Object[] {v};
  }

  // ------------------------------------------------------------------ functions

  /** io.close and file:close (io_close): no argument means the default output. */
  private static Object[] close(IoState io, LuaBuiltinNode self, Object[] args) {
    if (LuaBuiltinNode.isNone(args, 1)) {
      if (io.output.isClosed()) {
        throw LuaError.error("attempt to use a closed file");
      }
      return auxClose(io.output);
    }
    return auxClose(toFile(io, self, args));
  }

  /**
   * file:close, which is io_close registered before luaopen_io gave the library its environment:
   * without an argument it closes entry IO_OUTPUT of its own environment, the globals.
   */
  private static Object[] methodClose(IoState io, LuaBuiltinNode self, Object[] args) {
    if (LuaBuiltinNode.isNone(args, 1)) {
      LuaTable env = args[0] instanceof LuaFunction fn ? fn.env : io.ctx.globals;
      Object o = env == null ? LuaNil.NIL : env.rawgetInt(IO_OUTPUT);
      return auxClose(toFile(io, self, new Object[] {args[0], o == null ? LuaNil.NIL : o}));
    }
    return auxClose(toFile(io, self, args));
  }

  /** The files still open when the program ends, as lua_close collects them (io_gc). */
  @TruffleBoundary
  private static void closeOpenFiles(IoState io) {
    for (LuaStream s : new ArrayList<>(io.open.keySet())) {
      try {
        s.closeAndWait();
      } catch (IOException e) {
        // io_gc ignores failures
      }
    }
  }

  /** io.lines: the default input, or a file opened here and closed at its end. */
  private static Object[] ioLines(IoState io, LuaBuiltinNode self, Object[] args) {
    if (LuaBuiltinNode.isNone(args, 1)) {
      if (io.input.isClosed()) {
        throw LuaError.error("attempt to use a closed file");
      }
      return one(withEnv(lines(io, io.input, false), io.fileEnv));
    }
    if (args[1] == LuaNil.NIL) {
      // liolib.c then checks argument 1 itself, which is the nil
      throw self.typeError(args, 1, "FILE*");
    }
    String name = LuaErrno.cString(self.checkString(args, 1));
    try {
      LuaFile f = io.newFile(LuaFile.REGULAR, openStream(io.ctx, name, "r"));
      return one(withEnv(lines(io, f, true), io.fileEnv));
    } catch (IOException | SecurityException e) {
      throw LuaError.argError(1, self.name(), name + ": " + LuaErrno.message(e));
    }
  }

  /** A lines iterator made by io.lines has the library's environment (file:lines, the globals). */
  private static LuaFunction withEnv(LuaFunction iterator, LuaTable env) {
    iterator.env = env;
    return iterator;
  }

  /** io.open. */
  private static Object[] open(IoState io, LuaBuiltinNode self, Object[] args) {
    String name = LuaErrno.cString(self.checkString(args, 1));
    String mode = self.optString(args, 2, "r");
    try {
      return one(io.newFile(LuaFile.REGULAR, openStream(io.ctx, name, mode)));
    } catch (IOException | SecurityException e) {
      return LuaErrno.failure(name, e);
    }
  }

  /** io.tmpfile: a "w+b" file that is deleted at once, so it disappears when closed. */
  @TruffleBoundary
  private static Object[] tmpfile(IoState io) {
    try {
      TruffleFile tf = io.ctx.env.createTempFile(null, "lua_", null);
      SeekableByteChannel ch =
          tf.newByteChannel(EnumSet.of(StandardOpenOption.READ, StandardOpenOption.WRITE));
      try {
        tf.delete();
      } catch (IOException e) {
        ch.close();
        throw e;
      }
      return one(io.newFile(LuaFile.REGULAR, LuaStream.ofChannel(ch, true, true, false)));
    } catch (IOException | SecurityException e) {
      return LuaErrno.failure(null, e);
    }
  }

  /** io.type. */
  private static Object[] type(IoState io, LuaBuiltinNode self, Object[] args) {
    self.checkAny(args, 1);
    if (args[1] instanceof LuaFile f && f.getMetatable() == io.meta) {
      return one(f.isClosed() ? "closed file" : "file");
    }
    return one(LuaNil.NIL);
  }

  /** file:seek: the new position. */
  private static Object[] seek(LuaFile f, LuaBuiltinNode self, Object[] args) {
    int whence = checkOption(self, args, 2, "cur", SEEK_MODES);
    long offset = self.optInteger(args, 3, 0);
    try {
      return one((double) f.stream.seek(whence, offset));
    } catch (IOException e) {
      return LuaErrno.failure(null, e);
    }
  }

  /** file:setvbuf. */
  private static Object[] setvbuf(LuaFile f, LuaBuiltinNode self, Object[] args) {
    int mode = checkOption(self, args, 2, null, BUFFER_MODES);
    self.optInteger(args, 3, LuaStream.BUFSIZ);
    try {
      f.stream.setBufferMode(
          mode == 0 ? LuaStream.IONBF : mode == 1 ? LuaStream.IOFBF : LuaStream.IOLBF);
      return one(Boolean.TRUE);
    } catch (IOException e) {
      return LuaErrno.failure(null, e);
    }
  }

  /** __gc (io_gc): closes a file that is still open. */
  private static Object[] gc(LuaFile f) {
    if (!f.isClosed()) {
      auxClose(f);
    }
    return NONE;
  }

  // ------------------------------------------------------------------ handles

  /** luaL_checkudata(L, 1, "FILE*") (tofilep). */
  private static LuaFile toFileAny(IoState io, LuaBuiltinNode self, Object[] args) {
    if (LuaBuiltinNode.arg(args, 1) instanceof LuaFile f && f.getMetatable() == io.meta) {
      return f;
    }
    throw self.typeError(args, 1, "FILE*");
  }

  /** tofile: an open file as argument 1. */
  private static LuaFile toFile(IoState io, LuaBuiltinNode self, Object[] args) {
    LuaFile f = toFileAny(io, self, args);
    if (f.isClosed()) {
      throw LuaError.error("attempt to use a closed file");
    }
    return f;
  }

  /** getiofile: the default input or output file, which must be open. */
  private static LuaFile getIoFile(IoState io, boolean output) {
    LuaFile f = output ? io.output : io.input;
    if (f.isClosed()) {
      throw LuaError.error("standard " + (output ? "output" : "input") + " file is closed");
    }
    return f;
  }

  /** g_iofile: io.input / io.output with a file name, a file, or nothing. */
  private static Object[] ioFile(IoState io, LuaBuiltinNode self, Object[] args, boolean input) {
    if (!LuaBuiltinNode.isNoneOrNil(args, 1)) {
      Object a = args[1];
      LuaFile f;
      if (a instanceof String || a instanceof Double) {
        String name = LuaErrno.cString(self.checkString(args, 1));
        try {
          f = io.newFile(LuaFile.REGULAR, openStream(io.ctx, name, input ? "r" : "w"));
        } catch (IOException | SecurityException e) {
          throw LuaError.argError(1, self.name(), name + ": " + LuaErrno.message(e));
        }
      } else {
        f = toFile(io, self, args);
      }
      if (input) {
        io.input = f;
      } else {
        io.output = f;
      }
      io.fileEnv.rawsetInt(input ? IO_INPUT : IO_OUTPUT, f);
    }
    return new Object[] {input ? io.input : io.output};
  }

  /** aux_close: the file's own way of closing. */
  private static Object[] auxClose(LuaFile f) {
    if (f.kind == LuaFile.STANDARD) {
      return new Object[] {LuaNil.NIL, "cannot close standard file"};
    }
    LuaStream s = f.stream;
    f.stream = null;
    try {
      if (f.kind == LuaFile.PIPE) {
        s.closeAndWait();
      } else {
        s.close();
      }
      return new Object[] {Boolean.TRUE};
    } catch (IOException e) {
      return LuaErrno.failure(null, e);
    }
  }

  private static Object[] flush(LuaFile f) {
    try {
      f.stream.flush();
      return new Object[] {Boolean.TRUE};
    } catch (IOException e) {
      return LuaErrno.failure(null, e);
    }
  }

  /** luaL_checkoption. */
  private static int checkOption(
      LuaBuiltinNode self, Object[] args, int i, String def, String[] names) {
    String name =
        LuaErrno.cString(def != null ? self.optString(args, i, def) : self.checkString(args, i));
    for (int k = 0; k < names.length; k++) {
      if (names[k].equals(name)) {
        return k;
      }
    }
    throw LuaError.argError(i, self.name(), "invalid option '" + name + "'");
  }

  // ------------------------------------------------------------------ opening

  /**
   * fopen: glibc's mode syntax ({@code r}, {@code w} or {@code a}, then up to six characters among
   * which {@code +} and {@code x} count; anything else in the first place is EINVAL).
   */
  @TruffleBoundary
  private static LuaStream openStream(LuaContext ctx, String name, String mode) throws IOException {
    mode = LuaErrno.cString(mode);
    char kind = mode.isEmpty() ? '\0' : mode.charAt(0);
    if (kind != 'r' && kind != 'w' && kind != 'a') {
      throw new LuaIOException(LuaErrno.EINVAL);
    }
    boolean plus = false;
    boolean excl = false;
    for (int i = 1; i < 7 && i < mode.length(); i++) {
      char c = mode.charAt(i);
      if (c == ',') {
        break;
      } else if (c == '+') {
        plus = true;
      } else if (c == 'x') {
        excl = true;
      }
    }
    boolean readable = kind == 'r' || plus;
    boolean writable = kind != 'r' || plus;
    Set<OpenOption> options = new java.util.HashSet<>();
    if (readable) {
      options.add(StandardOpenOption.READ);
    }
    if (writable) {
      options.add(StandardOpenOption.WRITE);
    }
    if (kind != 'r') {
      options.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
    }
    if (kind == 'w') {
      options.add(StandardOpenOption.TRUNCATE_EXISTING);
    }
    if (name.isEmpty()) {
      throw new LuaIOException(LuaErrno.ENOENT);
    }
    TruffleFile file = LuaHostStrings.file(ctx.env, name);
    SeekableByteChannel ch = file.newByteChannel(options);
    if (kind == 'a' && !plus) {
      // glibc starts write-only append streams at the end ("a+" reads from the start)
      ch.position(ch.size());
    }
    return LuaStream.ofChannel(ch, readable, writable, kind == 'a');
  }

  /** io.popen: the command runs under {@code /bin/sh -c}, as popen(3) does. */
  @TruffleBoundary
  private static Object[] popen(IoState io, LuaBuiltinNode self, Object[] args) {
    LuaContext ctx = io.ctx;
    String cmd = LuaErrno.cString(self.checkString(args, 1));
    String mode = LuaErrno.cString(self.optString(args, 2, "r"));
    // glibc: any of r, w, e; exactly one of r and w
    boolean read = false;
    boolean write = false;
    for (int i = 0; i < mode.length(); i++) {
      char c = mode.charAt(i);
      if (c == 'r') {
        read = true;
      } else if (c == 'w') {
        write = true;
      } else if (c != 'e') {
        return LuaErrno.failure(cmd, LuaErrno.EINVAL);
      }
    }
    if (read == write) {
      return LuaErrno.failure(cmd, LuaErrno.EINVAL);
    }
    if (!ctx.env.isCreateProcessAllowed()) {
      return LuaErrno.failure(cmd, LuaErrno.EPERM);
    }
    // glibc's popen flushes every stream first, so earlier output comes first
    ctx.flush();
    for (LuaStream s : new ArrayList<>(io.open.keySet())) {
      s.flushQuietly();
    }
    try {
      TruffleProcessBuilder pb =
          ctx.env.newProcessBuilder("/bin/sh", "-c", LuaHostStrings.toHost(cmd));
      pb.directory(ctx.env.getCurrentWorkingDirectory());
      pb.redirectError(pb.createRedirectToStream(ctx.env.err()));
      if (read) {
        pb.redirectInput(Redirect.INHERIT);
        pb.redirectOutput(Redirect.PIPE);
      } else {
        pb.redirectInput(Redirect.PIPE);
        pb.redirectOutput(pb.createRedirectToStream(ctx.env.out()));
      }
      Process p = pb.start();
      LuaStream s;
      if (read) {
        p.getOutputStream().close();
        s = LuaStream.ofInput(p.getInputStream(), p);
      } else {
        s = LuaStream.ofOutput(p.getOutputStream(), p, LuaStream.IOFBF);
      }
      return new Object[] {io.newFile(LuaFile.PIPE, s)};
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return LuaErrno.failure(cmd, e);
    }
  }

  // ------------------------------------------------------------------ reading and writing

  /** The file and the close-at-end flag of one io.lines / file:lines iterator. */
  private record LinesState(LuaFile file, boolean toClose) {}

  /**
   * A new io.lines iterator (io_readline with its two upvalues). All iterators share one call
   * target, so a loop compiled once serves every file; each iterator finds its state by identity.
   */
  private static LuaFunction lines(IoState io, LuaFile f, boolean toClose) {
    LuaFunction it = new LuaFunction(io.readline.callTarget, "lines", io.ctx.globals);
    io.iterators.put(it, new LinesState(f, toClose));
    return it;
  }

  private static Object[] readline(IoState io, Object[] args) {
    LinesState state = io.iterators.get(args[0]);
    LuaFile f = state.file();
    LuaStream s = f.stream;
    if (s == null) {
      throw LuaError.error("file is already closed");
    }
    String line;
    try {
      line = s.readLine();
    } catch (IOException e) {
      throw LuaError.error(LuaErrno.message(e));
    }
    if (line != null) {
      return new Object[] {line};
    }
    if (state.toClose()) {
      auxClose(f);
    }
    return NONE;
  }

  /** g_read: the formats from argument {@code first} on. */
  private static Object[] read(LuaBuiltinNode self, LuaFile f, Object[] args, int first) {
    LuaStream s = f.stream;
    s.clearError();
    try {
      if (args.length <= first) {
        String line = s.readLine();
        return new Object[] {line == null ? LuaNil.NIL : line};
      }
      Object[] results = new Object[args.length - first];
      int n = 0;
      for (int i = first; i < args.length; i++) {
        Object fmt = args[i];
        Object r;
        if (fmt instanceof Double d) {
          long count = LuaBuiltinNode.toInteger(d);
          if (count == 0) {
            r = s.hasMore() ? "" : null;
          } else {
            r = s.readChars(count);
          }
        } else {
          String p = fmt instanceof String str ? str : null;
          if (p == null || p.isEmpty() || p.charAt(0) != '*') {
            throw LuaError.argError(i, self.name(), "invalid option");
          }
          char c = p.length() > 1 ? p.charAt(1) : '\0';
          if (c == 'n') {
            r = s.readNumber();
          } else if (c == 'l') {
            r = s.readLine();
          } else if (c == 'a') {
            r = s.readAll();
          } else {
            throw LuaError.argError(i, self.name(), "invalid format");
          }
        }
        if (r == null) {
          results[n++] = LuaNil.NIL;
          break;
        }
        results[n++] = r;
      }
      if (n < results.length) {
        results = java.util.Arrays.copyOf(results, n);
      }
      return results;
    } catch (IOException e) {
      return LuaErrno.failure(null, e);
    }
  }

  /** g_write: strings and numbers (%.14g); after a failure the rest is only checked. */
  private static Object[] write(LuaBuiltinNode self, LuaFile f, Object[] args, int first) {
    LuaStream s = f.stream;
    IOException failure = null;
    for (int i = first; i < args.length; i++) {
      Object v = args[i];
      if (v instanceof Double d) {
        if (failure == null) {
          try {
            s.writeNumber(d);
          } catch (IOException e) {
            failure = e;
          }
        }
        continue;
      }
      String str = v instanceof String x ? x : self.checkString(args, i);
      if (failure == null) {
        try {
          s.write(str);
        } catch (IOException e) {
          failure = e;
        }
      }
    }
    if (failure != null) {
      return LuaErrno.failure(null, failure);
    }
    return new Object[] {Boolean.TRUE};
  }
}
