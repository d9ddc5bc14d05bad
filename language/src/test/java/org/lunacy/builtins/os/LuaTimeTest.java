package org.lunacy.builtins.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * {@link LuaTime#mktime} on an ambiguous local time (the repeated hour when daylight saving time
 * ends): like glibc, the reading depends on the offset of the previous result; and on a skipped
 * one (the hour when it starts), read with the offset isdst asks for. Expected values come from
 * lua5.1 under TZ=America/New_York.
 */
public class LuaTimeTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** os.time{year = y, month = m, day = d, hour = h, min = mi}. */
  private static long time(long[] guess, int y, int m, int d, int h, int mi) {
    return time(guess, y, m, d, h, mi, -1);
  }

  /** The same with isdst: -1 for nil, 0 for false, 1 for true. */
  private static long time(long[] guess, int y, int m, int d, int h, int mi, int isdst) {
    return LuaTime.mktime(0, mi, h, d, m - 1, y - 1900, isdst, NEW_YORK, guess);
  }

  @Test
  public void overlapFromAFreshStartIsDaylightTime() {
    long[] guess = {0};
    assertEquals(1730611800L, time(guess, 2024, 11, 3, 1, 30));
  }

  @Test
  public void overlapAfterAWinterTimeIsStandardTime() {
    long[] guess = {0};
    assertEquals(1704263400L, time(guess, 2024, 1, 3, 1, 30));
    assertEquals(1730615400L, time(guess, 2024, 11, 3, 1, 30));
    assertEquals(1730615400L, time(guess, 2024, 11, 3, 1, 30));
  }

  @Test
  public void overlapAfterASummerTimeIsDaylightTime() {
    long[] guess = {0};
    assertEquals(1719984600L, time(guess, 2024, 7, 3, 1, 30));
    assertEquals(1730611800L, time(guess, 2024, 11, 3, 1, 30));
  }

  @Test
  public void gapReadsTheTimeWithTheRequestedFlagsOffset() {
    long[] guess = {0};
    assertEquals(1710055800L, time(guess, 2024, 3, 10, 2, 30));
    assertEquals(1710052200L, time(guess, 2024, 3, 10, 2, 30, 1));
    assertEquals(1710055800L, time(guess, 2024, 3, 10, 2, 30, 0));
    assertEquals(1710050400L, time(guess, 2024, 3, 10, 2, 0, 1));
    assertEquals(1710053940L, time(guess, 2024, 3, 10, 2, 59, 1));
  }
}
