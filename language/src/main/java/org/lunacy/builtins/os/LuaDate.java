package org.lunacy.builtins.os;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.time.ZoneId;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaTable;

/**
 * os.date (loslib.c's os_date): {@code *t} tables and, for every other format, glibc's {@code
 * strftime} in the C locale applied to each two-character {@code %x} piece, as lua5.1 does (so
 * flags, widths and the E/O modifiers never reach a conversion: {@code "%E"} stays {@code "%E"}).
 */
final class LuaDate {
  private LuaDate() {}

  private static final String[] DAYS = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** os.date(format, t); {@link LuaNil#NIL} when the time cannot be broken down. */
  @TruffleBoundary
  static Object date(String format, long t, ZoneId zone) {
    int end = format.indexOf('\0');
    if (end >= 0) {
      // the format is a C string
      format = format.substring(0, end);
    }
    boolean utc = format.startsWith("!");
    if (utc) {
      format = format.substring(1);
    }
    LuaTime.Tm tm = utc ? LuaTime.gmtime(t) : LuaTime.localtime(t, zone);
    if (tm == null) {
      return LuaNil.NIL;
    }
    if (format.equals("*t")) {
      LuaTable r = new LuaTable(0, 9); // os_date's lua_createtable(L, 0, 9): pairs order
      r.rawset("sec", (double) tm.sec);
      r.rawset("min", (double) tm.min);
      r.rawset("hour", (double) tm.hour);
      r.rawset("day", (double) tm.mday);
      r.rawset("month", (double) (tm.mon + 1));
      r.rawset("year", (double) (tm.year + 1900));
      r.rawset("wday", (double) (tm.wday + 1));
      r.rawset("yday", (double) (tm.yday + 1));
      r.rawset("isdst", tm.isdst);
      return r;
    }
    StringBuilder sb = new StringBuilder();
    int n = format.length();
    for (int i = 0; i < n; i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 >= n) {
        sb.append(c);
      } else {
        strftime(sb, format.charAt(++i), tm, zone);
      }
    }
    return sb.toString();
  }

  /** glibc's strftime of {@code "%" + k} in the C locale. */
  private static void strftime(StringBuilder sb, char k, LuaTime.Tm tm, ZoneId zone) {
    int hour12 = tm.hour > 12 ? tm.hour - 12 : tm.hour == 0 ? 12 : tm.hour;
    switch (k) {
      case '%' -> sb.append('%');
      case 'a' -> sb.append(name(DAYS, tm.wday, true));
      case 'A' -> sb.append(name(DAYS, tm.wday, false));
      case 'b', 'h' -> sb.append(name(MONTHS, tm.mon, true));
      case 'B' -> sb.append(name(MONTHS, tm.mon, false));
      case 'c' -> sub(sb, "%a %b %e %H:%M:%S %Y", tm, zone);
      case 'C' -> {
        int year = tm.year + 1900;
        number(sb, 1, year / 100 - (year % 100 < 0 ? 1 : 0), '0');
      }
      case 'd' -> number(sb, 2, tm.mday, '0');
      case 'D', 'x' -> sub(sb, "%m/%d/%y", tm, zone);
      case 'e' -> number(sb, 2, tm.mday, ' ');
      case 'F' -> sub(sb, "%Y-%m-%d", tm, zone);
      case 'g', 'G', 'V' -> isoWeek(sb, k, tm);
      case 'H' -> number(sb, 2, tm.hour, '0');
      case 'I' -> number(sb, 2, hour12, '0');
      case 'j' -> number(sb, 3, tm.yday + 1, '0');
      case 'k' -> number(sb, 2, tm.hour, ' ');
      case 'l' -> number(sb, 2, hour12, ' ');
      case 'm' -> number(sb, 2, tm.mon + 1, '0');
      case 'M' -> number(sb, 2, tm.min, '0');
      case 'n' -> sb.append('\n');
      case 'p' -> sb.append(tm.hour > 11 ? "PM" : "AM");
      case 'P' -> sb.append(tm.hour > 11 ? "pm" : "am");
      case 'r' -> sub(sb, "%I:%M:%S %p", tm, zone);
      case 'R' -> sub(sb, "%H:%M", tm, zone);
      case 's' -> {
        // mktime of the fields, as local time even for "!" dates
        Long t =
            LuaTime.mktime(
                tm.sec,
                tm.min,
                tm.hour,
                tm.mday,
                tm.mon,
                tm.year,
                tm.isdst ? 1 : 0,
                zone,
                org.lunacy.LuaContext.get(null).mktimeGuess);
        sb.append(t == null ? -1 : t);
      }
      case 'S' -> number(sb, 2, tm.sec, '0');
      case 't' -> sb.append('\t');
      case 'T', 'X' -> sub(sb, "%H:%M:%S", tm, zone);
      case 'u' -> number(sb, 1, (tm.wday - 1 + 7) % 7 + 1, '0');
      case 'U' -> number(sb, 2, (tm.yday - tm.wday + 7) / 7, '0');
      case 'w' -> number(sb, 1, tm.wday, '0');
      case 'W' -> number(sb, 2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, '0');
      case 'y' -> number(sb, 2, (tm.year % 100 + 100) % 100, '0');
      case 'Y' -> number(sb, 1, tm.year + 1900, '0');
      case 'z' -> {
        long diff = tm.gmtoff;
        sb.append(diff < 0 ? '-' : '+');
        diff = Math.abs(diff) / 60;
        number(sb, 4, (int) ((diff / 60) * 100 + diff % 60), '0');
      }
      case 'Z' -> sb.append(tm.zone);
      case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
        // a field width with no conversion: glibc copies the text, padded to the width
        for (int w = k - '0'; w > 2; w--) {
          sb.append(' ');
        }
        sb.append('%').append(k);
      }
      default -> sb.append('%').append(k);
    }
  }

  /** A composite conversion: the C locale's format for it ({@code %c} is D_T_FMT...). */
  private static void sub(StringBuilder sb, String format, LuaTime.Tm tm, ZoneId zone) {
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '%') {
        strftime(sb, format.charAt(++i), tm, zone);
      } else {
        sb.append(c);
      }
    }
  }

  private static String name(String[] names, int i, boolean abbreviated) {
    if (i < 0 || i >= names.length) {
      return "?";
    }
    return abbreviated ? names[i].substring(0, 3) : names[i];
  }

  /** DO_NUMBER: at least {@code digits} digits, padded with {@code pad}; the sign comes first. */
  private static void number(StringBuilder sb, int digits, int value, char pad) {
    String s = Long.toString(Math.abs((long) value));
    int len = s.length() + (value < 0 ? 1 : 0);
    if (pad == ' ') {
      for (int i = len; i < digits; i++) {
        sb.append(' ');
      }
      if (value < 0) {
        sb.append('-');
      }
    } else {
      if (value < 0) {
        sb.append('-');
      }
      for (int i = len; i < digits; i++) {
        sb.append('0');
      }
    }
    sb.append(s);
  }

  /** glibc's iso_week_days: the day of the year of the ISO week's Monday, relative to yday. */
  private static int isoWeekDays(int yday, int wday) {
    final int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
    return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
  }

  /** %G, %g, %V: the ISO 8601 week-based year and week. */
  private static void isoWeek(StringBuilder sb, char k, LuaTime.Tm tm) {
    int year = tm.year + 1900;
    int days = isoWeekDays(tm.yday, tm.wday);
    if (days < 0) {
      year--;
      days = isoWeekDays(tm.yday + (365 + (LuaTime.isLeap(year) ? 1 : 0)), tm.wday);
    } else {
      int d = isoWeekDays(tm.yday - (365 + (LuaTime.isLeap(year) ? 1 : 0)), tm.wday);
      if (d >= 0) {
        year++;
        days = d;
      }
    }
    switch (k) {
      case 'g' -> number(sb, 2, (year % 100 + 100) % 100, '0');
      case 'G' -> number(sb, 1, year, '0');
      default -> number(sb, 2, days / 7 + 1, '0');
    }
  }
}
