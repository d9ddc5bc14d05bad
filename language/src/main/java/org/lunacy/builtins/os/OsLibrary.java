package org.lunacy.builtins.os;

import static org.lunacy.builtins.LuaBuiltins.define;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/** The os library (loslib.c). */
public final class OsLibrary {
  private OsLibrary() {}

  private static Object[] one(Object v) {
    return new Object[] {v};
  }

  public static void install(LuaContext ctx) {
    LuaTable os = LuaBuiltins.library(ctx, "os");
    define(ctx, os, "clock", (self, args) -> one(cpuSeconds()));
    define(ctx, os, "time", (self, args) -> {
      if (LuaBuiltinNode.isNoneOrNil(args, 1)) {
        return one((double) (System.currentTimeMillis() / 1000));
      }
      LuaTable t = self.checkTable(args, 1);
      int sec = field(t, "sec", 0);
      int min = field(t, "min", 0);
      int hour = field(t, "hour", 12);
      int day = field(t, "day", -1);
      int month = field(t, "month", -1);
      int year = field(t, "year", -1);
      LocalDateTime ldt =
          LocalDateTime.of(year, 1, 1, 0, 0, 0)
              .plusMonths(month - 1)
              .plusDays(day - 1)
              .plusHours(hour)
              .plusMinutes(min)
              .plusSeconds(sec);
      ZonedDateTime z = ldt.atZone(ZoneId.systemDefault());
      return one((double) z.toEpochSecond());
    });
    define(ctx, os, "difftime", (self, args) ->
        one(self.checkNumber(args, 1) - self.optNumber(args, 2, 0)));
    define(ctx, os, "date", (self, args) -> {
      String format = self.optString(args, 1, "%c");
      long t = LuaBuiltinNode.isNoneOrNil(args, 2)
          ? System.currentTimeMillis() / 1000
          : (long) self.checkNumber(args, 2);
      return one(LuaDate.date(format, t));
    });
    define(ctx, os, "getenv", (self, args) -> {
      String name = self.checkString(args, 1);
      String v = ctx.env.getEnvironment().get(name);
      return one(v == null ? LuaNil.NIL : v);
    });
    define(ctx, os, "exit", (self, args) -> {
      Object a = LuaBuiltinNode.arg(args, 1);
      int code = a == Boolean.TRUE || a == LuaNil.NIL ? 0 : a == Boolean.FALSE ? 1 : self.optInt(args, 1, 0);
      ctx.flush();
      ctx.env.getContext().closeExited(self, code);
      return new Object[0];
    });
    define(ctx, os, "setlocale", (self, args) -> {
      String l = self.optString(args, 1, null);
      return one(l == null || l.isEmpty() || l.equals("C") || l.equals("POSIX") ? "C" : LuaNil.NIL);
    });
    define(ctx, os, "remove", (self, args) -> {
      String name = self.checkString(args, 1);
      try {
        ctx.env.getPublicTruffleFile(name).delete();
        return one(Boolean.TRUE);
      } catch (Exception e) {
        return new Object[] {LuaNil.NIL, name + ": " + ioMessage(e), 2.0};
      }
    });
    define(ctx, os, "rename", (self, args) -> {
      String from = self.checkString(args, 1);
      String to = self.checkString(args, 2);
      try {
        ctx.env.getPublicTruffleFile(from).move(ctx.env.getPublicTruffleFile(to),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return one(Boolean.TRUE);
      } catch (Exception e) {
        return new Object[] {LuaNil.NIL, from + ": " + ioMessage(e), 2.0};
      }
    });
    define(ctx, os, "tmpname", (self, args) -> {
      try {
        return one(ctx.env.createTempFile(null, "lua_", null).getPath());
      } catch (Exception e) {
        throw LuaError.error("unable to generate a unique filename");
      }
    });
  }

  static String ioMessage(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException) {
      return "Permission denied";
    }
    return String.valueOf(e.getMessage());
  }

  private static int field(LuaTable t, String key, int def) {
    Object v = t.rawgetString(key);
    Double d = LuaOps.toNumber(v == null ? LuaNil.NIL : v);
    if (d == null) {
      if (def < 0) {
        throw LuaError.error("field '" + key + "' missing in date table");
      }
      return def;
    }
    return (int) d.doubleValue();
  }

  private static double cpuSeconds() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      long ns = sun.getProcessCpuTime();
      if (ns >= 0) {
        return ns / 1e9;
      }
    }
    return System.nanoTime() / 1e9;
  }

  static ZoneOffset utc() {
    return ZoneOffset.UTC;
  }
}
