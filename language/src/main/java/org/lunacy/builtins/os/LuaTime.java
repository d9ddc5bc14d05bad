package org.lunacy.builtins.os;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * C's broken-down time ({@code struct tm}) and glibc's conversions: {@code gmtime}, {@code
 * localtime} and {@code mktime} over the full 64-bit {@code time_t} range, with years limited to
 * what an {@code int tm_year} holds, as in glibc. Local time follows the context's time zone.
 */
final class LuaTime {
  private LuaTime() {}

  /** {@code struct tm}; {@code year} is tm_year (years since 1900), {@code mon} 0..11. */
  static final class Tm {
    int sec;
    int min;
    int hour;
    int mday;
    int mon;
    int year;
    int wday;
    int yday;
    boolean isdst;

    /** Seconds east of UTC (tm_gmtoff). */
    long gmtoff;

    /** Zone abbreviation (tm_zone). */
    String zone;
  }

  private static final long SECONDS_PER_DAY = 86400;

  /** Instants java.time can place in a zone (about +-1e9 years); beyond, the offset is clamped. */
  private static final long INSTANT_LIMIT = 31556889864403199L;

  /** The local times java.time can represent, a day inside its limits. */
  private static final long LOCAL_MAX = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC) - 86400;

  private static final long LOCAL_MIN = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC) + 86400;

  /** Days from 1970-01-01 to the given proleptic Gregorian date (month 1..12). */
  static long daysFromCivil(long y, long m, long d) {
    y -= m <= 2 ? 1 : 0;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  static boolean isLeap(long y) {
    return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  /**
   * Fills the calendar fields of {@code tm} from seconds since the epoch in its own zone; false if
   * the year overflows.
   */
  private static boolean breakDown(long local, Tm tm) {
    long days = Math.floorDiv(local, SECONDS_PER_DAY);
    long secs = Math.floorMod(local, SECONDS_PER_DAY);
    // civil_from_days
    long z = days + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) {
      y++;
    }
    long tmYear = y - 1900;
    if (tmYear < Integer.MIN_VALUE || tmYear > Integer.MAX_VALUE) {
      return false;
    }
    tm.year = (int) tmYear;
    tm.mon = (int) m - 1;
    tm.mday = (int) d;
    tm.hour = (int) (secs / 3600);
    tm.min = (int) (secs / 60 % 60);
    tm.sec = (int) (secs % 60);
    tm.wday = Math.floorMod(days + 4, 7);
    tm.yday = (int) (days - daysFromCivil(y, 1, 1));
    return true;
  }

  /** gmtime; null if the year does not fit. */
  @TruffleBoundary
  static Tm gmtime(long t) {
    Tm tm = new Tm();
    if (!breakDown(t, tm)) {
      return null;
    }
    tm.zone = "GMT";
    return tm;
  }

  /** localtime in {@code zone}; null if the year does not fit. */
  @TruffleBoundary
  static Tm localtime(long t, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    Instant at = Instant.ofEpochSecond(Math.max(-INSTANT_LIMIT, Math.min(INSTANT_LIMIT, t)));
    ZoneOffset offset = rules.getOffset(at);
    Tm tm = new Tm();
    long local;
    try {
      local = Math.addExact(t, offset.getTotalSeconds());
    } catch (ArithmeticException e) {
      return null;
    }
    if (!breakDown(local, tm)) {
      return null;
    }
    tm.gmtoff = offset.getTotalSeconds();
    tm.isdst = rules.isDaylightSavings(at);
    tm.zone = abbreviation(zone, at, tm.isdst, offset);
    return tm;
  }

  private static String abbreviation(ZoneId zone, Instant at, boolean dst, ZoneOffset offset) {
    String id = zone.getId();
    if (zone instanceof ZoneOffset || id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z")) {
      return offset.getTotalSeconds() == 0 ? "UTC" : offsetName(offset);
    }
    if (id.equals("GMT") || id.equals("Etc/GMT")) {
      return "GMT";
    }
    List<ZoneOffsetTransition> transitions = zone.getRules().getTransitions();
    if (!transitions.isEmpty() && at.isBefore(transitions.get(0).getInstant())) {
      // tzdata names the local mean time a zone starts with "LMT"
      return "LMT";
    }
    java.util.TimeZone tz = java.util.TimeZone.getTimeZone(zone);
    String name = tz.getDisplayName(dst, java.util.TimeZone.SHORT, Locale.US);
    if (name.startsWith("GMT") && name.length() > 3) {
      // no abbreviation known to Java: tzdata then uses the numeric form, like "+03"
      return offsetName(offset);
    }
    return name;
  }

  private static String offsetName(ZoneOffset offset) {
    int s = offset.getTotalSeconds();
    int a = Math.abs(s);
    String r = (s < 0 ? "-" : "+") + two(a / 3600);
    if (a % 3600 != 0) {
      r += two(a / 60 % 60);
    }
    return r;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /**
   * glibc's mktime: normalizes out-of-range fields, interprets the result as local time in {@code
   * zone} and, when {@code isdst} (-1 unknown, 0, 1) disagrees with the zone, uses the offset of a
   * nearby time that agrees (or one hour). Returns null where mktime fails (the year overflows).
   */
  @TruffleBoundary
  static Long mktime(
      int sec,
      int min,
      int hour,
      int mday,
      int mon,
      int tmYear,
      int isdst,
      ZoneId zone,
      long[] guess) {
    long year = (long) tmYear + 1900 + Math.floorDiv(mon, 12);
    long month = Math.floorMod(mon, 12);
    long days = daysFromCivil(year, month + 1, 1) + mday - 1;
    long local = days * SECONDS_PER_DAY + hour * 3600L + min * 60L + sec;
    ZoneRules rules = zone.getRules();
    long t = local - offsetForLocal(rules, local, guess[0]);
    if (isdst >= 0) {
      boolean dst = rules.isDaylightSavings(instant(t));
      if (dst != (isdst > 0) || inDstGap(rules, local)) {
        t = adjustDst(rules, local, t, isdst > 0, dst);
      }
    }
    Tm check = localtime(t, zone);
    if (check == null) {
      return null;
    }
    guess[0] = local - t;
    return t;
  }

  /**
   * Whether a local time is skipped by a change into or out of daylight saving time. glibc's
   * probing settles there on the reading whose DST flag is not the requested one, so the offset
   * always comes from a nearby time with the requested flag: 02:30 on the day clocks go from 02:00
   * to 03:00 is 02:30 standard time with isdst false and 02:30 daylight time with isdst true.
   */
  private static boolean inDstGap(ZoneRules rules, long local) {
    if (rules.isFixedOffset()) {
      return false;
    }
    long clamped = Math.max(LOCAL_MIN, Math.min(LOCAL_MAX, local));
    ZoneOffsetTransition tr =
        rules.getTransition(LocalDateTime.ofEpochSecond(clamped, 0, ZoneOffset.UTC));
    if (tr == null || !tr.isGap()) {
      return false;
    }
    Instant at = tr.getInstant();
    return rules.isDaylightSavings(at.minusSeconds(1)) != rules.isDaylightSavings(at);
  }

  private static Instant instant(long t) {
    return Instant.ofEpochSecond(Math.max(-INSTANT_LIMIT, Math.min(INSTANT_LIMIT, t)));
  }

  /**
   * The offset of a local time; in a gap the one before it. In an overlap, the one glibc's probing
   * reaches from the offset of the previous mktime result: start at {@code local - guess} and
   * move to {@code local - offset(t)} until it settles.
   */
  private static long offsetForLocal(ZoneRules rules, long local, long guess) {
    if (rules.isFixedOffset()) {
      return rules.getOffset(Instant.EPOCH).getTotalSeconds();
    }
    long clamped = Math.max(LOCAL_MIN, Math.min(LOCAL_MAX, local));
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(clamped, 0, ZoneOffset.UTC);
    List<ZoneOffset> valid = rules.getValidOffsets(ldt);
    if (valid.size() == 1) {
      return valid.get(0).getTotalSeconds();
    }
    ZoneOffsetTransition tr = rules.getTransition(ldt);
    if (tr == null) {
      return rules.getOffset(instant(clamped)).getTotalSeconds();
    }
    if (tr.isOverlap()) {
      long t = clamped - guess;
      for (int i = 0; i < 6; i++) {
        long next = clamped - rules.getOffset(instant(t)).getTotalSeconds();
        if (next == t) {
          break;
        }
        t = next;
      }
      long off = clamped - t;
      if (valid.contains(ZoneOffset.ofTotalSeconds((int) off))) {
        return off;
      }
    }
    return tr.getOffsetBefore().getTotalSeconds();
  }

  /**
   * glibc probes times up to about 17 years away, in steps of a week, for one whose DST flag is the
   * requested one and uses its offset; failing that it assumes a one-hour difference.
   */
  private static long adjustDst(
      ZoneRules rules, long local, long t, boolean wantDst, boolean gotDst) {
    final long stride = 601200;
    final long bound = 536454000;
    if (!rules.isFixedOffset()) {
      for (long delta = stride; delta < bound; delta += stride) {
        for (int dir = -1; dir <= 1; dir += 2) {
          Instant ot = instant(t + delta * dir);
          if (rules.isDaylightSavings(ot) == wantDst) {
            return local - rules.getOffset(ot).getTotalSeconds();
          }
        }
      }
    }
    int difference = (wantDst ? 0 : 1) - (gotDst ? 0 : 1);
    return t + 3600L * difference;
  }
}
