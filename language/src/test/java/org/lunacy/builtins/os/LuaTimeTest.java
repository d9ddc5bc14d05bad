package org.lunacy.builtins.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * {@link LuaTime#mktime} on an ambiguous local time (the repeated hour when daylight saving time
 * ends): like glibc, the reading depends on the offset of the previous result. Expected values
 * come from lua5.1 under TZ=America/New_York.
 */
public class LuaTimeTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** os.time{year = y, month = m, day = d, hour = h, min = mi}. */
  private static long time(long[] guess, int y, int m, int d, int h, int mi) {
    return LuaTime.mktime(0, mi, h, d, m - 1, y - 1900, -1, NEW_YORK, guess);
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
}
