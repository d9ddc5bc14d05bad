package org.lunacy.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the case files that gen_string_cases.lua writes by running lua5.1: fields separated by
 * '|', bytes outside printable ASCII (and '\', '|', ',') escaped as {@code \ddd}; values encoded
 * as {@code nil}, {@code n<%.17g>}, {@code s<string>}, {@code b<bool>}, {@code t} (a table).
 */
public final class LuaCaseCodec {
  private LuaCaseCodec() {}

  /** The lines of a resource next to {@code anchor}'s package, read as ISO-8859-1. */
  public static List<String> lines(Class<?> anchor, String resource) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      List<String> out = new ArrayList<>();
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (!l.isEmpty()) {
          out.add(l);
        }
      }
      return out;
    }
  }

  public static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 4)));
        i += 3;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  public static double number(String t) {
    switch (t) {
      case "nan":
        return LuaNumbers.POSITIVE_NAN;
      case "-nan":
        return LuaNumbers.NAN_FROM_ZERO_DIV;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(t);
    }
  }

  /** Decodes one value; {@code t} becomes a fresh LuaTable. */
  public static Object value(String enc) {
    if (enc.equals("nil")) {
      return LuaNil.NIL;
    }
    switch (enc.charAt(0)) {
      case 'n':
        return number(enc.substring(1));
      case 's':
        return unescape(enc.substring(1));
      case 'b':
        return Boolean.valueOf(enc.substring(1));
      case 't':
        return new LuaTable();
      default:
        throw new IllegalArgumentException("bad value " + enc);
    }
  }

  /** Decodes a comma-separated value list ({@code ""} is the empty list). */
  public static List<Object> values(String enc) {
    List<Object> out = new ArrayList<>();
    if (enc.isEmpty()) {
      return out;
    }
    for (String part : enc.split(",", -1)) {
      out.add(value(part));
    }
    return out;
  }

  /** Equality of Lua values as the tests need it: numbers by bits (NaN by its sign only). */
  public static boolean same(Object expected, Object actual) {
    if (expected instanceof Double e && actual instanceof Double a) {
      if (Double.isNaN(e) || Double.isNaN(a)) {
        return Double.isNaN(e)
            && Double.isNaN(a)
            && (Double.doubleToRawLongBits(e) < 0) == (Double.doubleToRawLongBits(a) < 0);
      }
      return Double.doubleToRawLongBits(e) == Double.doubleToRawLongBits(a);
    }
    if (expected instanceof LuaTable) {
      return actual instanceof LuaTable;
    }
    return expected.equals(actual);
  }

  /**
   * Compares an expected {@code ok:...}/{@code err:...} field with what Java produced (results,
   * or the error); returns null when they agree, else a description. Error messages from lua5.1
   * name the function '?' (it was called through pcall).
   */
  public static String compare(String expected, Object[] results, Throwable error) {
    if (expected.startsWith("err:")) {
      String want = unescape(expected.substring(4));
      if (error == null) {
        return "expected error <" + want + "> got " + show(results);
      }
      if (!(error instanceof LuaError le)) {
        return "expected error <" + want + "> got " + error;
      }
      String got = String.valueOf(le.getValue());
      if (got.startsWith("bad argument")) {
        got = got.replaceFirst(" to '[^']*' ", " to '?' ");
      }
      return want.equals(got) ? null : "expected error <" + want + "> got error <" + got + ">";
    }
    List<Object> want = values(expected.substring(3));
    if (error != null) {
      return "expected " + show(want.toArray()) + " got " + error;
    }
    if (want.size() != results.length) {
      return "expected " + show(want.toArray()) + " got " + show(results);
    }
    for (int i = 0; i < results.length; i++) {
      if (!same(want.get(i), results[i])) {
        return "expected " + show(want.toArray()) + " got " + show(results);
      }
    }
    return null;
  }

  public static String show(Object[] vals) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < vals.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Object v = vals[i];
      if (v instanceof String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
          if (c < 32 || c > 126) {
            sb.append(String.format("\\%03d", (int) c));
          } else {
            sb.append(c);
          }
        }
        sb.append('"');
      } else if (v instanceof Double d) {
        sb.append(d);
        if (Double.isNaN(d)) {
          sb.append("(bits ").append(Long.toHexString(Double.doubleToRawLongBits(d))).append(')');
        }
      } else {
        sb.append(v);
      }
    }
    return sb.append(']').toString();
  }
}
