package org.lunacy.builtins.string;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lunacy.runtime.LuaCaseCodec;

/**
 * {@link LuaFormat} against lua5.1's {@code string.format}: format_cases.txt holds thousands of
 * {@code format|nargs|args...|result} lines written by running gen_string_cases.lua with lua5.1.
 */
public class LuaFormatTest {
  @Test
  public void casesFromLua51() throws Exception {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (String line : LuaCaseCodec.lines(LuaFormatTest.class, "format_cases.txt")) {
      String[] f = line.split("\\|", -1);
      int n = Integer.parseInt(f[1]);
      Object[] args = new Object[n + 1];
      args[0] = LuaCaseCodec.unescape(f[0]);
      for (int i = 0; i < n; i++) {
        args[i + 1] = LuaCaseCodec.value(f[2 + i]);
      }
      count++;
      Object[] results = null;
      Throwable error = null;
      try {
        results = new Object[] {LuaFormat.format(args)};
      } catch (RuntimeException e) {
        error = e;
      }
      String diff = LuaCaseCodec.compare(f[2 + n], results, error);
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
  public void commonCases() {
    assertEquals("42", LuaFormat.format(new Object[] {"%d", 42.0}));
    assertEquals(" 3.14", LuaFormat.format(new Object[] {"%5.2f", 3.14159}));
    assertEquals("2.001", LuaFormat.format(new Object[] {"%.3f", 2.0005}));
    assertEquals("1e+15", LuaFormat.format(new Object[] {"%g", 1e15}));
    assertEquals("\"a\\000\\r\\\n\"", LuaFormat.format(new Object[] {"%q", "a\0\r\n"}));
  }
}
