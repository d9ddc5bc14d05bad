package org.lunacy.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LuaNumbers} against lua5.1: {@code tostring} of numbers ({@code %.14g}) and {@code
 * tonumber} with and without a base. Expected values come from number_cases.txt, written by
 * running gen_string_cases.lua with lua5.1.
 */
public class LuaNumbersTest {
  private static final String CASES = "/org/lunacy/builtins/string/number_cases.txt";

  @Test
  public void casesFromLua51() throws Exception {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (String line : LuaCaseCodec.lines(LuaNumbersTest.class, CASES)) {
      String[] f = line.split("\\|", -1);
      count++;
      Object[] results = null;
      Throwable error = null;
      String expected;
      try {
        if (f[0].equals("tostring")) {
          expected = f[2];
          results = new Object[] {LuaNumbers.toString(LuaCaseCodec.number(f[1]))};
        } else {
          expected = f[3];
          String s = LuaCaseCodec.unescape(f[1]);
          if (f[2].equals("nil")) {
            Double d = LuaNumbers.str2number(s);
            results = new Object[] {d == null ? LuaNil.NIL : d};
          } else {
            int base = (int) Double.parseDouble(f[2].substring(1));
            if (!LuaNumbers.isValidBase(base)) {
              throw LuaError.argError(2, "tonumber", "base out of range");
            }
            results = new Object[] {LuaNumbers.tonumber(s, base)};
          }
        }
      } catch (RuntimeException e) {
        error = e;
        expected = f[0].equals("tostring") ? f[2] : f[3];
      }
      String diff = LuaCaseCodec.compare(expected, results, error);
      if (diff != null) {
        failures.add(line + "\n    " + diff);
      }
    }
    assertTrue(count > 1000, "too few cases");
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + count + " cases differ:\n"
          + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }
  }

  @Test
  public void nanSignFollowsTheSignBit() {
    assertEquals("-nan", LuaNumbers.toString(LuaNumbers.NAN_FROM_ZERO_DIV));
    assertEquals("nan", LuaNumbers.toString(LuaNumbers.POSITIVE_NAN));
    double zero = Double.parseDouble("0");
    // run-time division on x86 gives the default NaN, as C does
    assertEquals("-nan", LuaNumbers.toString(zero / zero));
    assertEquals("nan", LuaNumbers.toString(-(zero / zero)));
  }

  @Test
  public void integerFastPath() {
    assertEquals("0", LuaNumbers.toString(0.0));
    assertEquals("-0", LuaNumbers.toString(-0.0));
    assertEquals("99999999999999", LuaNumbers.toString(99999999999999.0));
    assertEquals("1e+14", LuaNumbers.toString(1e14));
    assertEquals("-123", LuaNumbers.toString(-123.0));
    assertEquals(Double.valueOf(42), LuaNumbers.str2number("42"));
  }

  @Test
  public void cCasts() {
    assertEquals(Long.MIN_VALUE, LuaNumbers.toCLong(Double.NaN));
    assertEquals(Long.MIN_VALUE, LuaNumbers.toCLong(1e19));
    assertEquals(-3L, LuaNumbers.toCLong(-3.9));
    assertEquals(0L, LuaNumbers.toCUnsignedLong(Double.POSITIVE_INFINITY));
    assertEquals(Long.MIN_VALUE, LuaNumbers.toCUnsignedLong(Double.NaN));
    assertEquals(-1L, LuaNumbers.toCUnsignedLong(-1));
    assertEquals(Integer.MIN_VALUE, LuaNumbers.toCInt(3e9));
  }
}
