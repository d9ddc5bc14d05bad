package org.lunacy.builtins.string;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lunacy.runtime.LuaCaseCodec;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaNumbers;
import org.lunacy.runtime.LuaTable;

/**
 * {@link LuaPatterns} against lua5.1's find, match, gmatch and gsub: pattern_cases.txt was written
 * by running gen_string_cases.lua with lua5.1. The replacement tables and functions named there
 * (T1, F1..F7) are mirrored by {@link TestHost}.
 */
public class LuaPatternsTest {
  /** A stand-in for a Lua function value; the host knows what each one returns. */
  private record Fn(String name) {}

  /** Mirrors the generator's T1 table and F1..F7 functions. */
  private static final class TestHost implements LuaPatterns.Host {
    final LuaTable t1 = new LuaTable();
    final Map<Object, Object> t1Contents = new HashMap<>();

    TestHost() {
      t1Contents.put("a", "[A]");
      t1Contents.put("b", 1.5);
      t1Contents.put("c", false);
      t1Contents.put("d", new LuaTable());
      t1Contents.put("hello", "HELLO");
      t1Contents.put("1", "one");
      t1Contents.put(1.0, "num1");
      t1Contents.put(3.0, "num3");
      t1Contents.put("world", "WORLD");
      t1Contents.put("x", true);
    }

    @Override
    public Object call(Object fn, Object[] args) {
      switch (((Fn) fn).name()) {
        case "F1": {
          StringBuilder sb = new StringBuilder("<");
          for (int i = 0; i < args.length; i++) {
            if (i > 0) {
              sb.append('+');
            }
            Object a = args[i];
            sb.append(a instanceof Double d ? LuaNumbers.toString(d) : a);
          }
          return sb.append('>').toString();
        }
        case "F2":
          return LuaNil.NIL;
        case "F3":
          return false;
        case "F4":
          return new LuaTable();
        case "F5":
          return 7.0;
        case "F6":
          return true;
        case "F7": {
          if (args[0] instanceof String s) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
              sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
            }
            return sb.toString();
          }
          return args[0];
        }
        default:
          throw new IllegalStateException();
      }
    }

    @Override
    public Object index(Object table, Object key) {
      if (table == t1) {
        return t1Contents.getOrDefault(key, LuaNil.NIL);
      }
      return LuaNil.NIL;
    }
  }

  /** luaL_optinteger then a C int: what the builtin passes to the matcher. */
  private static int intArg(String enc, int def) {
    if (enc.equals("nil")) {
      return def;
    }
    long l = LuaNumbers.toCLong(LuaCaseCodec.number(enc.substring(1)));
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
  }

  @Test
  public void casesFromLua51() throws Exception {
    List<String> failures = new ArrayList<>();
    int count = 0;
    TestHost host = new TestHost();
    for (String line : LuaCaseCodec.lines(LuaPatternsTest.class, "pattern_cases.txt")) {
      String[] f = line.split("\\|", -1);
      String s = LuaCaseCodec.unescape(f[1]);
      String p = LuaCaseCodec.unescape(f[2]);
      count++;
      String diff;
      switch (f[0]) {
        case "find":
        case "match": {
          boolean isFind = f[0].equals("find");
          int init = intArg(f[3], 1);
          boolean plain = isFind && !f[4].equals("nil") && !f[4].equals("bfalse");
          Object[] results = null;
          Throwable error = null;
          try {
            results = LuaPatterns.find(s, p, init, plain, isFind);
          } catch (RuntimeException e) {
            error = e;
          }
          diff = LuaCaseCodec.compare(f[isFind ? 5 : 4], results, error);
          break;
        }
        case "gmatch": {
          diff = null;
          LuaPatterns.Gmatch g = new LuaPatterns.Gmatch(s, p);
          for (int i = 3; i < f.length && diff == null; i++) {
            if (f[i].equals("more")) {
              break;
            }
            Object[] results = null;
            Throwable error = null;
            try {
              results = g.next();
            } catch (RuntimeException e) {
              error = e;
            }
            if (f[i].equals("end")) {
              if (results != null || error != null) {
                diff = "item " + (i - 3) + ": expected the end, got "
                    + (error != null ? error : LuaCaseCodec.show(results));
              }
            } else if (results == null && error == null) {
              diff = "item " + (i - 3) + ": expected " + f[i] + ", got the end";
            } else {
              String d = LuaCaseCodec.compare(f[i], results, error);
              if (d != null) {
                diff = "item " + (i - 3) + ": " + d;
              }
            }
          }
          break;
        }
        case "gsub": {
          Object repl;
          String r = f[3];
          if (r.equals("T1")) {
            repl = host.t1;
          } else if (r.matches("F[0-9]")) {
            repl = new Fn(r);
          } else {
            repl = LuaCaseCodec.value(r);
          }
          int max = intArg(f[4], s.length() + 1);
          Object[] results = null;
          Throwable error = null;
          try {
            results = LuaPatterns.gsub(s, p, repl, max, host);
          } catch (RuntimeException e) {
            error = e;
          }
          diff = LuaCaseCodec.compare(f[5], results, error);
          break;
        }
        default:
          throw new IllegalStateException(line);
      }
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
  public void longSubjectsDoNotOverflowTheStack() {
    String a = "a".repeat(1_000_000);
    assertArrayEquals(new Object[] {LuaNil.NIL}, LuaPatterns.find(a, "a.-b", 1, false, true));
    assertArrayEquals(new Object[] {LuaNil.NIL}, LuaPatterns.find(a, ".*b", 999_000, false, true));
    assertEquals(1_000_000, ((String) LuaPatterns.find(a, ".-$", 1, false, false)[0]).length());
    assertEquals(1_000_000, ((String) LuaPatterns.find(a, "(a*)", 1, false, false)[0]).length());
    Object[] g = LuaPatterns.gsub(a, "a", "bb", a.length() + 1, null);
    assertEquals(2_000_000, ((String) g[0]).length());
    assertEquals(1_000_000.0, g[1]);
  }
}
