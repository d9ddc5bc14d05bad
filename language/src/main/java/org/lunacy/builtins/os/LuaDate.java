package org.lunacy.builtins.os;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import org.lunacy.runtime.LuaTable;

/** os.date: strftime conversions of the C locale, {@code *t} and {@code !} (UTC) forms. */
final class LuaDate {
  private LuaDate() {}

  private static final String[] DAYS = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
  };
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  @TruffleBoundary
  static Object date(String format, long time) {
    boolean utc = format.startsWith("!");
    if (utc) {
      format = format.substring(1);
    }
    ZoneId zone = utc ? ZoneOffset.UTC : ZoneId.systemDefault();
    ZonedDateTime d = Instant.ofEpochSecond(time).atZone(zone);
    if (format.startsWith("*t")) {
      LuaTable t = new LuaTable();
      t.rawset("year", (double) d.getYear());
      t.rawset("month", (double) d.getMonthValue());
      t.rawset("day", (double) d.getDayOfMonth());
      t.rawset("hour", (double) d.getHour());
      t.rawset("min", (double) d.getMinute());
      t.rawset("sec", (double) d.getSecond());
      t.rawset("wday", (double) (d.getDayOfWeek().getValue() % 7 + 1));
      t.rawset("yday", (double) d.getDayOfYear());
      t.rawset("isdst", zone.getRules().isDaylightSavings(d.toInstant()));
      return t;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 >= format.length()) {
        sb.append(c);
        continue;
      }
      char k = format.charAt(++i);
      strftime(sb, k, d);
    }
    return sb.toString();
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static void strftime(StringBuilder sb, char k, ZonedDateTime d) {
    int wday = d.getDayOfWeek().getValue() % 7;
    switch (k) {
      case 'a' -> sb.append(DAYS[wday], 0, 3);
      case 'A' -> sb.append(DAYS[wday]);
      case 'b', 'h' -> sb.append(MONTHS[d.getMonthValue() - 1], 0, 3);
      case 'B' -> sb.append(MONTHS[d.getMonthValue() - 1]);
      case 'c' -> {
        strftime(sb, 'a', d);
        sb.append(' ');
        strftime(sb, 'b', d);
        sb.append(' ');
        int day = d.getDayOfMonth();
        sb.append(day < 10 ? " " + day : Integer.toString(day));
        sb.append(' ');
        strftime(sb, 'T', d);
        sb.append(' ').append(d.getYear());
      }
      case 'C' -> sb.append(two(d.getYear() / 100));
      case 'd' -> sb.append(two(d.getDayOfMonth()));
      case 'D' -> sb.append(two(d.getMonthValue())).append('/').append(two(d.getDayOfMonth()))
          .append('/').append(two(d.getYear() % 100));
      case 'e' -> {
        int day = d.getDayOfMonth();
        sb.append(day < 10 ? " " + day : Integer.toString(day));
      }
      case 'F' -> sb.append(d.getYear()).append('-').append(two(d.getMonthValue())).append('-')
          .append(two(d.getDayOfMonth()));
      case 'g' -> sb.append(two(d.get(IsoFields.WEEK_BASED_YEAR) % 100));
      case 'G' -> sb.append(d.get(IsoFields.WEEK_BASED_YEAR));
      case 'H' -> sb.append(two(d.getHour()));
      case 'I' -> sb.append(two((d.getHour() + 11) % 12 + 1));
      case 'j' -> {
        int y = d.getDayOfYear();
        sb.append(y < 10 ? "00" + y : y < 100 ? "0" + y : Integer.toString(y));
      }
      case 'm' -> sb.append(two(d.getMonthValue()));
      case 'M' -> sb.append(two(d.getMinute()));
      case 'n' -> sb.append('\n');
      case 'p' -> sb.append(d.getHour() < 12 ? "AM" : "PM");
      case 'r' -> {
        strftime(sb, 'I', d);
        sb.append(':');
        strftime(sb, 'M', d);
        sb.append(':');
        strftime(sb, 'S', d);
        sb.append(' ');
        strftime(sb, 'p', d);
      }
      case 'R' -> sb.append(two(d.getHour())).append(':').append(two(d.getMinute()));
      case 's' -> sb.append(d.toEpochSecond());
      case 'S' -> sb.append(two(d.getSecond()));
      case 't' -> sb.append('\t');
      case 'T', 'X' -> sb.append(two(d.getHour())).append(':').append(two(d.getMinute()))
          .append(':').append(two(d.getSecond()));
      case 'u' -> sb.append(wday == 0 ? 7 : wday);
      case 'U' -> sb.append(two((d.getDayOfYear() - 1 + 7 - wday) / 7));
      case 'V' -> sb.append(two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
      case 'w' -> sb.append(wday);
      case 'W' -> sb.append(two((d.getDayOfYear() - 1 + 7 - ((wday + 6) % 7)) / 7));
      case 'x' -> sb.append(two(d.getMonthValue())).append('/').append(two(d.getDayOfMonth()))
          .append('/').append(two(d.getYear() % 100));
      case 'y' -> sb.append(two(d.getYear() % 100));
      case 'Y' -> sb.append(d.getYear());
      case 'z' -> {
        int off = d.getOffset().getTotalSeconds() / 60;
        sb.append(off < 0 ? '-' : '+');
        off = Math.abs(off);
        sb.append(two(off / 60)).append(two(off % 60));
      }
      case 'Z' -> sb.append(d.getZone().getRules().isDaylightSavings(d.toInstant())
          ? d.getZone().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT)
          : zoneAbbrev(d));
      case '%' -> sb.append('%');
      default -> sb.append('%').append(k);
    }
  }

  private static String zoneAbbrev(ZonedDateTime d) {
    if (d.getOffset().getTotalSeconds() == 0
        && (d.getZone() instanceof ZoneOffset || d.getZone().getId().equals("Etc/UTC")
            || d.getZone().getId().equals("UTC"))) {
      return "UTC";
    }
    return d.format(java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT));
  }

  static long field(ZonedDateTime d, ChronoField f) {
    return d.getLong(f);
  }
}
