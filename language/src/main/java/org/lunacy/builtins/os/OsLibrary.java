package org.lunacy.builtins.os;

import static org.lunacy.builtins.LuaBuiltins.define;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.io.TruffleProcessBuilder;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.graalvm.polyglot.io.ProcessHandler.Redirect;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.builtins.io.LuaErrno;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaHostStrings;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/**
 * The os library (loslib.c). Files, processes, the environment and the time zone are the ones the
 * Truffle environment grants; the locale is the C library's, of which only the C locales exist
 * here.
 */
public final class OsLibrary {
  private OsLibrary() {}

  private static final String[] LOCALE_CATEGORIES = {
    "all", "collate", "ctype", "monetary", "numeric", "time"
  };

  /** glibc's categories in the order of its composite LC_ALL names. */
  private static final String[] GLIBC_CATEGORIES = {
    "LC_CTYPE",
    "LC_NUMERIC",
    "LC_TIME",
    "LC_COLLATE",
    "LC_MONETARY",
    "LC_MESSAGES",
    "LC_PAPER",
    "LC_NAME",
    "LC_ADDRESS",
    "LC_TELEPHONE",
    "LC_MEASUREMENT",
    "LC_IDENTIFICATION"
  };

  /** The glibc category of each Lua category name (-1: all). */
  private static final int[] CATEGORY_INDEX = {-1, 3, 0, 4, 1, 2};

  private static final String TMPNAME_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private static Object[] one(Object v) {
    return new Object[] {v};
  }

  public static void install(LuaContext ctx) {
    LuaTable os = LuaBuiltins.library(ctx, "os");
    String[] locale = new String[GLIBC_CATEGORIES.length];
    java.util.Arrays.fill(locale, "C");

    define(ctx, os, "clock", (self, args) -> one(cpuSeconds()));
    define(ctx, os, "date", (self, args) -> date(ctx, self, args));
    define(ctx, os, "difftime", (self, args) -> difftime(self, args));
    define(ctx, os, "execute", (self, args) -> execute(ctx, self, args));
    define(ctx, os, "exit", (self, args) -> exit(ctx, self, args));
    define(ctx, os, "getenv", (self, args) -> getenv(ctx, self, args));
    define(ctx, os, "remove", (self, args) -> remove(ctx, self, args));
    define(ctx, os, "rename", (self, args) -> rename(ctx, self, args));
    define(ctx, os, "setlocale", (self, args) -> setlocale(ctx, locale, self, args));
    define(ctx, os, "time", (self, args) -> time(ctx, self, args));
    define(ctx, os, "tmpname", (self, args) -> one(tmpname(ctx)));
  }

  /** os.date: the format (default "%c") at the time (default now). */
  private static Object[] date(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    String format = self.optString(args, 1, "%c");
    long t = LuaBuiltinNode.isNoneOrNil(args, 2) ? now() : self.checkInteger(args, 2);
    return one(LuaDate.date(format, t, ctx.env.getTimeZone()));
  }

  /**
   * os.difftime: the times are truncated to time_t first. The second argument is checked first,
   * as lua5.1's call {@code difftime(checknumber(1), optnumber(2))} evaluates its arguments.
   */
  private static Object[] difftime(LuaBuiltinNode self, Object[] args) {
    long t0 = self.optInteger(args, 2, 0);
    long t1 = self.checkInteger(args, 1);
    long d = t1 - t0;
    boolean overflow = ((t1 ^ t0) & (t1 ^ d)) < 0;
    return one(overflow ? (double) t1 - (double) t0 : (double) d);
  }

  /** os.execute: system(3); without a command, whether there is a shell. */
  private static Object[] execute(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    if (LuaBuiltinNode.isNoneOrNil(args, 1)) {
      return one(ctx.env.isCreateProcessAllowed() ? 1.0 : 0.0);
    }
    return one((double) system(ctx, LuaErrno.cString(self.checkString(args, 1))));
  }

  /**
   * os.exit: C's exit(), which flushes the C streams (here: standard output now, open files when
   * the context is disposed) but does not close the Lua state.
   */
  private static Object[] exit(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    int code = (int) self.optInteger(args, 1, 0);
    ctx.flush();
    ctx.env.getContext().closeExited(self, code);
    return new Object[0];
  }

  private static Object[] getenv(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    String name = LuaHostStrings.toHost(LuaErrno.cString(self.checkString(args, 1)));
    String v = ctx.env.getEnvironment().get(name);
    return one(v == null ? LuaNil.NIL : LuaHostStrings.toLua(v));
  }

  /** os.remove: C's remove(), which also removes empty directories. */
  @TruffleBoundary
  private static Object[] remove(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    String name = LuaErrno.cString(self.checkString(args, 1));
    if (endsWithDot(name)) {
      return LuaErrno.failure(name, LuaErrno.EINVAL); // rmdir refuses a last component "."
    }
    try {
      file(ctx, name).delete();
      return one(Boolean.TRUE);
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return LuaErrno.failure(name, e);
    }
  }

  /** Whether the last component of a path is "." (trailing slashes aside). */
  private static boolean endsWithDot(String name) {
    int end = name.length();
    while (end > 1 && name.charAt(end - 1) == '/') {
      end--;
    }
    String p = name.substring(0, end);
    return p.equals(".") || p.endsWith("/.");
  }

  /** os.rename: rename(2) itself, which replaces the target and never copies. */
  @TruffleBoundary
  private static Object[] rename(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    String from = LuaErrno.cString(self.checkString(args, 1));
    String to = LuaErrno.cString(self.checkString(args, 2));
    try {
      TruffleFile target = file(ctx, to);
      file(ctx, from).move(target, StandardCopyOption.ATOMIC_MOVE);
      return one(Boolean.TRUE);
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return LuaErrno.failure(from, e);
    }
  }

  private static Object[] setlocale(
      LuaContext ctx, String[] locale, LuaBuiltinNode self, Object[] args) {
    String name =
        LuaBuiltinNode.isNoneOrNil(args, 1) ? null : LuaErrno.cString(self.checkString(args, 1));
    int op = checkOption(self, args, 2, "all", LOCALE_CATEGORIES);
    return one(setlocale(ctx, locale, CATEGORY_INDEX[op], name));
  }

  /** os.time: now, or mktime of a date table (fields read with metamethods, as lua_getfield). */
  private static Object[] time(LuaContext ctx, LuaBuiltinNode self, Object[] args) {
    if (LuaBuiltinNode.isNoneOrNil(args, 1)) {
      return one((double) now());
    }
    LuaTable t = self.checkTable(args, 1);
    int sec = field(t, "sec", 0);
    int min = field(t, "min", 0);
    int hour = field(t, "hour", 12);
    int day = field(t, "day", -1);
    int month = field(t, "month", -1) - 1;
    int year = field(t, "year", -1) - 1900;
    Object dst = LuaOps.index(t, "isdst", null, null);
    int isdst = dst == LuaNil.NIL ? -1 : LuaOps.isTrue(dst) ? 1 : 0;
    Long r =
        LuaTime.mktime(
            sec, min, hour, day, month, year, isdst, ctx.env.getTimeZone(), ctx.mktimeGuess);
    // mktime's error value -1 is also an error for lua5.1
    return one(r == null || r == -1 ? LuaNil.NIL : (Object) (double) r);
  }

  private static long now() {
    return Math.floorDiv(System.currentTimeMillis(), 1000);
  }

  private static TruffleFile file(LuaContext ctx, String name) throws IOException {
    if (name.isEmpty()) {
      throw new java.nio.file.NoSuchFileException(name);
    }
    return LuaHostStrings.file(ctx.env, name);
  }

  /** getfield of os_time: an integer field, or the default; -1 as default means required. */
  private static int field(LuaTable t, String key, int def) {
    Double d = LuaOps.toNumber(LuaOps.index(t, key, null, null));
    if (d == null) {
      if (def < 0) {
        throw LuaError.error("field '" + key + "' missing in date table");
      }
      return def;
    }
    // (int) lua_tointeger: truncation to a 64-bit integer, then to int
    return (int) LuaBuiltinNode.toInteger(d);
  }

  /** luaL_checkoption. */
  private static int checkOption(
      LuaBuiltinNode self, Object[] args, int i, String def, String[] names) {
    String name = LuaErrno.cString(self.optString(args, i, def));
    for (int k = 0; k < names.length; k++) {
      if (names[k].equals(name)) {
        return k;
      }
    }
    throw LuaError.argError(i, self.name(), "invalid option '" + name + "'");
  }

  /**
   * C's clock(): CPU seconds with microsecond resolution. The CPU time of the thread running Lua
   * plus the time the garbage collector has spent, so that the compiler threads of the JVM are
   * not counted as the program's but its memory management is, as lua5.1's collector runs
   * inside its clock(). (The collector runs on threads of its own; its pauses stop the program.)
   */
  @TruffleBoundary
  private static double cpuSeconds() {
    long ns = -1;
    try {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      if (threads.isCurrentThreadCpuTimeSupported()) {
        ns = threads.getCurrentThreadCpuTime();
        if (ns >= 0) {
          ns += gcMillis() * 1_000_000L;
        }
      }
    } catch (UnsupportedOperationException | SecurityException e) {
      ns = -1;
    }
    if (ns < 0) {
      ns = System.nanoTime() - START;
    }
    return (ns / 1000) / 1e6;
  }

  private static final long START = System.nanoTime();

  /**
   * The JVM's collectors, looked up once on the first os.clock (the list is made anew on each
   * request, and start-up does not load the management classes for it).
   */
  private static final class Collectors {
    static final java.util.List<GarbageCollectorMXBean> ALL =
        ManagementFactory.getGarbageCollectorMXBeans();
  }

  /** The milliseconds all the JVM's collectors have spent collecting so far. */
  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : Collectors.ALL) {
      long t = gc.getCollectionTime();
      if (t > 0) {
        ms += t;
      }
    }
    return ms;
  }

  /** system(3): {@code /bin/sh -c cmd}; the wait status (exit code times 256). */
  @TruffleBoundary
  private static long system(LuaContext ctx, String cmd) {
    if (!ctx.env.isCreateProcessAllowed()) {
      throw LuaError.error("os.execute: creating processes is not allowed");
    }
    try {
      TruffleProcessBuilder pb =
          ctx.env.newProcessBuilder("/bin/sh", "-c", LuaHostStrings.toHost(cmd));
      pb.directory(ctx.env.getCurrentWorkingDirectory());
      pb.redirectInput(Redirect.INHERIT);
      pb.redirectOutput(pb.createRedirectToStream(ctx.env.out()));
      pb.redirectError(pb.createRedirectToStream(ctx.env.err()));
      Process p = pb.start();
      int code;
      while (true) {
        try {
          code = p.waitFor();
          break;
        } catch (InterruptedException e) {
          p.destroy();
          Thread.currentThread().interrupt();
          return -1;
        }
      }
      if (code > 128 && code <= 128 + 64) {
        // the JDK reports death by signal N as 128 + N; the wait status of that is N
        return code - 128;
      }
      return (long) (code & 0xff) << 8;
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // the shell could not be started: what system() reports when fork fails
      return -1;
    }
  }

  /** os.tmpname with LUA_USE_MKSTEMP: creates an empty "/tmp/lua_XXXXXX" (mode 0600). */
  @TruffleBoundary
  private static String tmpname(LuaContext ctx) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 100; attempt++) {
      StringBuilder sb = new StringBuilder("/tmp/lua_");
      for (int i = 0; i < 6; i++) {
        sb.append(TMPNAME_CHARS.charAt(random.nextInt(TMPNAME_CHARS.length())));
      }
      String name = sb.toString();
      try {
        TruffleFile f = ctx.env.getPublicTruffleFile(name);
        EnumSet<StandardOpenOption> options =
            EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        SeekableByteChannel ch;
        try {
          FileAttribute<?> mode =
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
          ch = f.newByteChannel(options, mode);
        } catch (UnsupportedOperationException e) {
          ch = f.newByteChannel(options);
        }
        ch.close();
        return name;
      } catch (FileAlreadyExistsException e) {
        // try another name
      } catch (IOException | SecurityException | UnsupportedOperationException e) {
        break;
      }
    }
    throw LuaError.error("unable to generate a unique filename");
  }

  /**
   * setlocale: the C library's locale, per category. Only the locales every glibc has exist: "C"
   * (also called "POSIX") and "C.UTF-8"; "" takes the name from LC_ALL, LC_xxx or LANG.
   */
  @TruffleBoundary
  private static Object setlocale(LuaContext ctx, String[] locale, int category, String name) {
    if (name != null) {
      String[] next = locale.clone();
      for (int i = 0; i < next.length; i++) {
        if (category >= 0 && i != category) {
          continue;
        }
        String n = name.isEmpty() ? fromEnvironment(ctx.env.getEnvironment(), i) : name;
        String valid = validLocale(n);
        if (valid == null) {
          return LuaNil.NIL;
        }
        next[i] = valid;
      }
      System.arraycopy(next, 0, locale, 0, next.length);
    }
    if (category >= 0) {
      return locale[category];
    }
    boolean same = true;
    for (String s : locale) {
      same &= s.equals(locale[0]);
    }
    if (same) {
      return locale[0];
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < locale.length; i++) {
      if (i > 0) {
        sb.append(';');
      }
      sb.append(GLIBC_CATEGORIES[i]).append('=').append(locale[i]);
    }
    return sb.toString();
  }

  private static String fromEnvironment(Map<String, String> env, int category) {
    for (String var : new String[] {"LC_ALL", GLIBC_CATEGORIES[category], "LANG"}) {
      String v = env.get(var);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return "C";
  }

  private static String validLocale(String name) {
    return switch (name) {
      case "C", "POSIX" -> "C";
      case "C.UTF-8", "C.utf8" -> name;
      default -> null;
    };
  }
}
