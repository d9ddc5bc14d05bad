package org.lunacy.builtins.string;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNumbers;

/**
 * {@code string.format}: mirrors lstrlib.c's {@code str_format} of Lua 5.1.5 together with what
 * glibc's {@code sprintf} prints for each item, including PUC's quirks: an item is cut at its
 * first {@code '\0'} ({@code strlen} of the C buffer, so {@code %c} of 0 adds nothing), {@code %s}
 * of a string of 100 bytes or more without a precision is added whole, {@code %d} converts with
 * a C cast to {@code long} (x86-64 semantics), and {@code %q} ignores width and flags.
 */
public final class LuaFormat {
  private LuaFormat() {}

  private static final String FNAME = "format";

  private static final int F_MINUS = 1;
  private static final int F_PLUS = 2;
  private static final int F_SPACE = 4;
  private static final int F_ALT = 8;
  private static final int F_ZERO = 16;

  /**
   * {@code string.format(fmt, ...)} (str_format). {@code args[0]} is the format string (checked
   * by the caller); {@code args[i]} is Lua argument {@code #i+1}. The array length must be the
   * number of arguments passed (a trailing nil is "got nil", a missing one is "no value").
   */
  @TruffleBoundary
  public static String format(Object[] args) {
    String fmt = (String) args[0];
    int n = fmt.length();
    StringBuilder sb = new StringBuilder(n + 16);
    // long strings added whole by %s wait here, between the text before and after them, so the
    // result is joined once at its exact length
    List<String> pieces = null;
    int arg = 0;
    int i = 0;
    while (i < n) {
      char c = fmt.charAt(i++);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      if (i < n && fmt.charAt(i) == '%') {
        sb.append('%');
        i++;
        continue;
      }
      // a format item
      if (++arg >= args.length) {
        throw LuaError.argError(arg + 1, FNAME, "no value");
      }
      // scanformat: flags (at most 5), width and precision (2 digits each)
      int flags = 0;
      int start = i;
      while (i < n && isFlag(fmt.charAt(i))) {
        flags |= flagBit(fmt.charAt(i));
        i++;
      }
      if (i - start >= 6) {
        throw LuaError.error("invalid format (repeated flags)");
      }
      int width = 0;
      if (i < n && isDigit(fmt.charAt(i))) {
        width = fmt.charAt(i++) - '0';
        if (i < n && isDigit(fmt.charAt(i))) {
          width = width * 10 + (fmt.charAt(i++) - '0');
        }
      }
      int prec = -1;
      if (i < n && fmt.charAt(i) == '.') {
        i++;
        prec = 0;
        if (i < n && isDigit(fmt.charAt(i))) {
          prec = fmt.charAt(i++) - '0';
          if (i < n && isDigit(fmt.charAt(i))) {
            prec = prec * 10 + (fmt.charAt(i++) - '0');
          }
        }
      }
      if (i < n && isDigit(fmt.charAt(i))) {
        throw LuaError.error("invalid format (width or precision too long)");
      }
      char conv = i < n ? fmt.charAt(i) : '\0';
      i++;
      Object v = args[arg];
      switch (conv) {
        case 'c':
          formatChar(sb, LuaNumbers.toCInt(checkNumber(v, arg)) & 0xFF, flags, width);
          break;
        case 'd':
        case 'i':
          formatInt(sb, LuaNumbers.toCLong(checkNumber(v, arg)), flags, width, prec);
          break;
        case 'o':
        case 'u':
        case 'x':
        case 'X':
          formatUnsigned(
              sb, LuaNumbers.toCUnsignedLong(checkNumber(v, arg)), conv, flags, width, prec);
          break;
        case 'e':
        case 'E':
        case 'f':
        case 'g':
        case 'G':
          formatDouble(sb, checkNumber(v, arg), conv, flags, width, prec);
          break;
        case 'q':
          String q = checkString(v, arg);
          sb.ensureCapacity(sb.length() + q.length() + 2);
          addQuoted(sb, q);
          break;
        case 's':
          String str = checkString(v, arg);
          if (prec < 0 && str.length() >= LONG_PIECE) {
            if (pieces == null) {
              pieces = new ArrayList<>();
            }
            pieces.add(sb.toString());
            sb.setLength(0);
            pieces.add(str);
          } else {
            formatString(sb, str, flags, width, prec);
          }
          break;
        default:
          throw LuaError.error(
              "invalid option '%" + (conv == '\0' ? "" : String.valueOf(conv)) + "' to 'format'");
      }
    }
    if (pieces == null) {
      return sb.toString();
    }
    pieces.add(sb.toString());
    pieces.removeIf(String::isEmpty);
    long length = 0;
    for (String piece : pieces) {
      length += piece.length();
    }
    LuaError.checkStringLength(length);
    return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
  }

  /** A %s string at least this long is kept as it is until the result is joined. */
  private static final int LONG_PIECE = 8192;

  private static boolean isFlag(char c) {
    return c == '-' || c == '+' || c == ' ' || c == '#' || c == '0';
  }

  private static int flagBit(char c) {
    switch (c) {
      case '-':
        return F_MINUS;
      case '+':
        return F_PLUS;
      case ' ':
        return F_SPACE;
      case '#':
        return F_ALT;
      default:
        return F_ZERO;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** luaL_checknumber: numbers and strings convertible to numbers. */
  private static double checkNumber(Object v, int arg) {
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof String s) {
      Double d = LuaNumbers.str2number(s);
      if (d != null) {
        return d;
      }
    }
    throw LuaError.typeError(arg + 1, FNAME, "number", v);
  }

  /** luaL_checklstring: strings and numbers (converted with "%.14g"). */
  private static String checkString(Object v, int arg) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Double d) {
      return LuaNumbers.toString(d);
    }
    throw LuaError.typeError(arg + 1, FNAME, "string", v);
  }

  private static void pad(StringBuilder sb, char c, int count) {
    for (int k = 0; k < count; k++) {
      sb.append(c);
    }
  }

  /** Appends {@code body} justified in {@code width} with spaces. */
  private static void justify(StringBuilder sb, CharSequence body, int flags, int width) {
    int padding = width - body.length();
    if ((flags & F_MINUS) != 0) {
      sb.append(body);
      pad(sb, ' ', padding);
    } else {
      pad(sb, ' ', padding);
      sb.append(body);
    }
  }

  /** {@code %c}; the C buffer ends at a NUL character, so {@code %c} of 0 keeps only padding. */
  private static void formatChar(StringBuilder sb, int ch, int flags, int width) {
    if (ch == 0) {
      if ((flags & F_MINUS) == 0) {
        pad(sb, ' ', width - 1);
      }
      return;
    }
    if ((flags & F_MINUS) != 0) {
      sb.append((char) ch);
      pad(sb, ' ', width - 1);
    } else {
      pad(sb, ' ', width - 1);
      sb.append((char) ch);
    }
  }

  /** {@code %s}: long strings without precision are added whole (luaL_addvalue). */
  private static void formatString(StringBuilder sb, String s, int flags, int width, int prec) {
    int len = s.length();
    if (prec < 0 && len >= 100) {
      sb.append(s);
      return;
    }
    int nul = s.indexOf('\0');
    if (nul >= 0) {
      len = nul;
    }
    if (prec >= 0 && prec < len) {
      len = prec;
    }
    int padding = width - len;
    if ((flags & F_MINUS) != 0) {
      sb.append(s, 0, len);
      pad(sb, ' ', padding);
    } else {
      pad(sb, ' ', padding);
      sb.append(s, 0, len);
    }
  }

  /** {@code %q} (addquoted). */
  private static void addQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int k = 0, n = s.length(); k < n; k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"':
        case '\\':
        case '\n':
          sb.append('\\').append(c);
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\0':
          sb.append("\\000");
          break;
        default:
          sb.append(c);
      }
    }
    sb.append('"');
  }

  /** {@code %d}/{@code %i} of a C long. */
  private static void formatInt(StringBuilder sb, long v, int flags, int width, int prec) {
    if (flags == 0 && width == 0 && prec < 0) {
      sb.append(v);
      return;
    }
    String sign = v < 0 ? "-" : (flags & F_PLUS) != 0 ? "+" : (flags & F_SPACE) != 0 ? " " : "";
    String digits = v < 0 ? Long.toUnsignedString(-v) : Long.toString(v);
    emitInteger(sb, sign, digits, v == 0, flags, width, prec, false);
  }

  /** {@code %o %u %x %X} of a C unsigned long. */
  private static void formatUnsigned(
      StringBuilder sb, long u, char conv, int flags, int width, int prec) {
    String digits;
    String prefix = "";
    switch (conv) {
      case 'o':
        digits = Long.toOctalString(u);
        break;
      case 'x':
        digits = Long.toHexString(u);
        if ((flags & F_ALT) != 0 && u != 0) {
          prefix = "0x";
        }
        break;
      case 'X':
        digits = Long.toHexString(u).toUpperCase();
        if ((flags & F_ALT) != 0 && u != 0) {
          prefix = "0X";
        }
        break;
      default:
        digits = Long.toUnsignedString(u);
    }
    boolean octalAlt = conv == 'o' && (flags & F_ALT) != 0;
    emitInteger(sb, prefix, digits, u == 0, flags, width, prec, octalAlt);
  }

  /**
   * Pads an integer conversion: precision = minimum digits (0 prints nothing for 0), '0' flag
   * only without precision, '#' with {@code %o} forces a leading zero digit.
   */
  private static void emitInteger(
      StringBuilder sb,
      String prefix,
      String digits,
      boolean zero,
      int flags,
      int width,
      int prec,
      boolean octalAlt) {
    if (prec == 0 && zero) {
      digits = "";
    }
    int zeros = prec > digits.length() ? prec - digits.length() : 0;
    if (octalAlt && zeros == 0 && (digits.isEmpty() || digits.charAt(0) != '0')) {
      zeros = 1;
    }
    int len = prefix.length() + zeros + digits.length();
    if ((flags & F_MINUS) != 0) {
      sb.append(prefix);
      pad(sb, '0', zeros);
      sb.append(digits);
      pad(sb, ' ', width - len);
    } else if ((flags & F_ZERO) != 0 && prec < 0) {
      sb.append(prefix);
      pad(sb, '0', Math.max(zeros, width - len + zeros));
      sb.append(digits);
    } else {
      pad(sb, ' ', width - len);
      sb.append(prefix);
      pad(sb, '0', zeros);
      sb.append(digits);
    }
  }

  /** {@code %e %E %f %g %G} as glibc prints them. */
  private static void formatDouble(
      StringBuilder sb, double v, char conv, int flags, int width, int prec) {
    boolean neg = Double.doubleToRawLongBits(v) < 0;
    String sign = neg ? "-" : (flags & F_PLUS) != 0 ? "+" : (flags & F_SPACE) != 0 ? " " : "";
    if (width == 0) {
      sb.append(sign);
      LuaNumbers.appendFloat(sb, Math.abs(v), conv, prec < 0 ? 6 : prec, (flags & F_ALT) != 0);
      return;
    }
    StringBuilder body = new StringBuilder(24);
    LuaNumbers.appendFloat(body, Math.abs(v), conv, prec < 0 ? 6 : prec, (flags & F_ALT) != 0);
    int len = sign.length() + body.length();
    boolean finite = !Double.isNaN(v) && !Double.isInfinite(v);
    if ((flags & F_MINUS) != 0) {
      sb.append(sign).append(body);
      pad(sb, ' ', width - len);
    } else if ((flags & F_ZERO) != 0 && finite) {
      sb.append(sign);
      pad(sb, '0', width - len);
      sb.append(body);
    } else {
      pad(sb, ' ', width - len);
      sb.append(sign).append(body);
    }
  }
}
