package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number/string conversions of Lua 5.1 as PUC-Rio's lua5.1 does them on glibc/x86-64: {@code
 * luaO_str2d} (strtod), {@code lua_number2str} ({@code "%.14g"}), {@code luaB_tonumber} with a
 * base (strtoul), and the decimal digit generation that {@code string.format} needs for {@code
 * %e %f %g} (what glibc's printf prints: the exact binary value rounded half-to-even).
 *
 * <p><b>NaN signs.</b> glibc prints a NaN whose sign bit is set as {@code -nan}. On x86 every
 * invalid operation ({@code 0/0}, {@code inf-inf}, {@code 0*inf}, {@code sqrt(-1)}) yields the
 * "default NaN" {@code 0xfff8000000000000}, which has the sign bit set, so lua5.1 prints {@code
 * print(0/0)} as {@code -nan} and {@code print(-(0/0))} as {@code nan}. {@link #toString(double)}
 * and the formatter decide by the raw sign bit only. Java arithmetic evaluated at run time on
 * x86 (interpreter, C2, Graal) produces exactly the hardware NaN, so {@code a / b} in a node
 * gives the right sign; only NaNs that the Java compiler folds ({@link Double#NaN}, a literal
 * {@code 0.0 / 0.0}) are positive. Code that must synthesize the NaN of an invalid operation
 * should use {@link #NAN_FROM_ZERO_DIV}; never {@link Double#NaN}.
 */
public final class LuaNumbers {
  private LuaNumbers() {}

  /** The NaN that {@code 0/0} gives on x86 (sign bit set; lua5.1 prints it as {@code -nan}). */
  public static final double NAN_FROM_ZERO_DIV = Double.longBitsToDouble(0xfff8000000000000L);

  /** A NaN with the sign bit clear: {@code -(0/0)} or {@code tonumber("nan")}; prints "nan". */
  public static final double POSITIVE_NAN = Double.longBitsToDouble(0x7ff8000000000000L);

  // ------------------------------------------------------------------ number -> string

  /**
   * The string form of a number: {@code lua_number2str}, i.e. C's {@code sprintf("%.14g")}.
   * Integers below 1e14 in magnitude take a fast path; NaNs print as {@code nan} or {@code -nan}
   * by their sign bit.
   */
  @TruffleBoundary
  public static String toString(double d) {
    if (d > -1e14 && d < 1e14) {
      long l = (long) d;
      if (l == d && (l != 0 || Double.doubleToRawLongBits(d) == 0L)) {
        return Long.toString(l);
      }
    }
    return toStringSlow(d);
  }

  private static String toStringSlow(double d) {
    StringBuilder sb = new StringBuilder(24);
    appendNonInteger(sb, d);
    return sb.toString();
  }

  /**
   * Appends {@link #toString(double)} of a number that is not an integer below 1e14 in magnitude
   * (the slow path of the conversion, for callers that handle integers themselves).
   */
  @TruffleBoundary
  public static void appendNonInteger(StringBuilder sb, double d) {
    if (Double.doubleToRawLongBits(d) < 0) {
      sb.append('-');
    }
    appendFloat(sb, Math.abs(d), 'g', 14, false);
  }

  /** Whether {@code d} prints as a plain integer (the fast path of {@link #toString(double)}). */
  public static boolean isSmallInteger(double d) {
    if (d > -1e14 && d < 1e14) {
      long l = (long) d;
      return l == d && (l != 0 || Double.doubleToRawLongBits(d) == 0L);
    }
    return false;
  }

  /**
   * Appends the body of a C floating conversion of {@code abs} (which must be non-negative, sign
   * bit clear, or a NaN of either sign): no sign, no padding. {@code conv} is one of {@code e E f
   * g G}; {@code prec} the precision (already defaulted to 6); {@code alt} the {@code #} flag.
   * Infinity and NaN give {@code inf}/{@code nan} ({@code INF}/{@code NAN} for upper-case
   * conversions).
   */
  public static void appendFloat(StringBuilder sb, double abs, char conv, int prec, boolean alt) {
    boolean upper = conv == 'E' || conv == 'G';
    if (Double.isNaN(abs)) {
      sb.append(upper ? "NAN" : "nan");
      return;
    }
    if (Double.isInfinite(abs)) {
      sb.append(upper ? "INF" : "inf");
      return;
    }
    switch (conv) {
      case 'f': {
        Digits dg = Digits.fixed(abs, -prec);
        appendFixed(sb, dg, prec, alt);
        break;
      }
      case 'e':
      case 'E': {
        Digits dg = Digits.significant(abs, prec + 1);
        appendExp(sb, dg, prec, alt, upper);
        break;
      }
      default: {
        int p = prec == 0 ? 1 : prec;
        Digits dg = Digits.significant(abs, p);
        int x = dg.exp;
        if (alt && x == p && abs < pow10(p)) {
          // glibc: rounding carried a fixed-style number (precision 0) into exponent style;
          // it keeps precision 0 there ("%#g" of 999999.5 is "1.e+06")
          appendExp(sb, dg, 0, true, upper);
        } else if (p > x && x >= -4) {
          int fprec = p - 1 - x;
          if (!alt) {
            fprec = Math.min(fprec, Math.max(0, dg.len - 1 - x));
          }
          appendFixed(sb, dg, fprec, alt);
        } else {
          int eprec = p - 1;
          if (!alt) {
            eprec = Math.min(eprec, dg.len - 1);
          }
          appendExp(sb, dg, eprec, alt, upper);
        }
        break;
      }
    }
  }

  /** Lays out digits as {@code [int].[frac]} with {@code prec} fraction digits. */
  private static void appendFixed(StringBuilder sb, Digits dg, int prec, boolean alt) {
    int e = dg.exp;
    if (e < 0) {
      sb.append('0');
    } else {
      for (int w = e; w >= 0; w--) {
        sb.append(dg.digit(e - w));
      }
    }
    if (prec > 0 || alt) {
      sb.append('.');
    }
    for (int w = -1; w >= -prec; w--) {
      sb.append(dg.digit(e - w));
    }
  }

  /** Lays out digits as {@code d.ddde+XX}. */
  private static void appendExp(StringBuilder sb, Digits dg, int prec, boolean alt, boolean up) {
    sb.append(dg.digit(0));
    if (prec > 0 || alt) {
      sb.append('.');
    }
    for (int i = 1; i <= prec; i++) {
      sb.append(dg.digit(i));
    }
    sb.append(up ? 'E' : 'e');
    int x = dg.exp;
    if (x < 0) {
      sb.append('-');
      x = -x;
    } else {
      sb.append('+');
    }
    if (x < 10) {
      sb.append('0');
    }
    sb.append(x);
  }

  /**
   * Decimal digits of a non-negative finite double after rounding: {@code value = d0.d1d2... x
   * 10^exp}; digits past {@code len} are zero. The rounding is glibc's: the exact binary value,
   * ties to even. The shortest round-trip digits ({@link Double#toString}) give the answer
   * directly in almost all cases; ties and requests for more digits than the double determines
   * fall back to {@link BigDecimal}.
   */
  static final class Digits {
    final byte[] d;
    int len;
    int exp;

    private Digits(byte[] d, int len, int exp) {
      this.d = d;
      this.len = len;
      this.exp = exp;
    }

    char digit(int i) {
      return i >= 0 && i < len ? (char) ('0' + d[i]) : '0';
    }

    /** Rounded so that the last kept digit has weight {@code 10^q}. */
    static Digits fixed(double abs, int q) {
      if (abs == 0) {
        return new Digits(new byte[] {0}, 1, 0);
      }
      Digits s = shortest(abs);
      if (s != null && s.roundAt(q, abs, 0)) {
        return s;
      }
      BigDecimal bd = new BigDecimal(abs).setScale(-q, RoundingMode.HALF_EVEN);
      return fromBig(bd);
    }

    /** Rounded to {@code n} significant digits. */
    static Digits significant(double abs, int n) {
      if (abs == 0) {
        return new Digits(new byte[] {0}, 1, 0);
      }
      Digits s = shortest(abs);
      if (s != null && s.roundAt(s.exp - n + 1, abs, 1)) {
        return s;
      }
      BigDecimal bd = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
      return fromBig(bd);
    }

    private static Digits fromBig(BigDecimal bd) {
      String u = bd.unscaledValue().toString();
      int n = u.length();
      byte[] d = new byte[n];
      for (int i = 0; i < n; i++) {
        d[i] = (byte) (u.charAt(i) - '0');
      }
      int len = n;
      while (len > 1 && d[len - 1] == 0) {
        len--;
      }
      if (len == 1 && d[0] == 0) {
        return new Digits(d, 1, 0);
      }
      return new Digits(d, len, n - 1 - bd.scale());
    }

    /** The digits of Java's shortest round-trip representation (JDK 19+ semantics). */
    private static Digits shortest(double abs) {
      String t = Double.toString(abs);
      int n = t.length();
      byte[] d = new byte[20];
      int len = 0;
      int pointPos = -1;
      int firstNonZero = -1; // index (in digit order, counting leading zeros) of first nonzero
      int count = 0;
      int i = 0;
      for (; i < n; i++) {
        char c = t.charAt(i);
        if (c == '.') {
          pointPos = count;
        } else if (c >= '0' && c <= '9') {
          if (firstNonZero < 0) {
            if (c == '0') {
              count++;
              continue;
            }
            firstNonZero = count;
          }
          if (len == d.length) {
            return null;
          }
          d[len++] = (byte) (c - '0');
          count++;
        } else {
          break;
        }
      }
      int e10 = 0;
      if (i < n && t.charAt(i) == 'E') {
        e10 = Integer.parseInt(t, i + 1, n, 10);
      }
      if (firstNonZero < 0) {
        return null;
      }
      if (pointPos < 0) {
        pointPos = count;
      }
      while (len > 1 && d[len - 1] == 0) {
        len--;
      }
      // first nonzero digit at digit index firstNonZero; the point sits before index pointPos
      int exp = pointPos - firstNonZero - 1 + e10;
      return new Digits(d, len, exp);
    }

    /**
     * Rounds these shortest digits of {@code abs} at weight {@code 10^q}; returns false when the
     * result cannot be decided from them (a tie, or more digits requested than they carry and the
     * double is not exact enough). {@code margin} asks for extra safety digits.
     *
     * <p>Why this is exact: a rounding midpoint lying strictly between the double and its shortest
     * digits would round to the same double and be no longer than them, yet closer, so the
     * shortest representation would have been that midpoint. Hence only digits ending exactly on
     * the midpoint (a tie in the digits, not necessarily in the double) need the exact value.
     */
    private boolean roundAt(int q, double abs, int margin) {
      int keep = exp - q + 1; // digits with weight >= 10^q
      if (keep >= len) {
        // all digits kept: correct only if the double is within half a step of them
        return Math.ulp(abs) * 2 < pow10(q - margin);
      }
      if (keep < 0) {
        setZero();
        return true;
      }
      int first = d[keep];
      if (first == 5 && keep + 1 == len) {
        return false; // the shortest digits sit on a tie; the exact value decides
      }
      if (keep == 0) {
        if (first >= 5) {
          d[0] = 1;
          len = 1;
          exp = q;
        } else {
          setZero();
        }
        return true;
      }
      len = keep;
      if (first >= 5) {
        int i = keep - 1;
        while (i >= 0 && d[i] == 9) {
          d[i] = 0;
          i--;
        }
        if (i < 0) {
          d[0] = 1; // 99..9 rounds up to 100..0
          len = 1;
          exp++;
          return true;
        }
        d[i]++;
      }
      while (len > 1 && d[len - 1] == 0) {
        len--;
      }
      return true;
    }

    private void setZero() {
      d[0] = 0;
      len = 1;
      exp = 0;
    }
  }

  private static final double[] POW10 = new double[700];

  static {
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = Double.parseDouble("1e" + (i - 350));
    }
  }

  private static double pow10(int e) {
    int i = e + 350;
    if (i < 0) {
      return 0;
    }
    if (i >= POW10.length) {
      return Double.POSITIVE_INFINITY;
    }
    return POW10[i];
  }

  // ------------------------------------------------------------------ string -> number

  /**
   * {@code luaO_str2d}: the number a string denotes, or null. glibc {@code strtod} syntax:
   * leading and trailing white space, an optional sign, then a decimal number with optional
   * exponent, a hexadecimal number ({@code 0x1F}, {@code 0x1.8p4}), {@code inf}/{@code infinity}
   * or {@code nan}/{@code nan(chars)} in any case. As in C the string ends at its first {@code
   * \0}. Also used by the lexer for numeric literals.
   */
  @TruffleBoundary
  public static Double str2number(String s) {
    int n = s.length();
    // fast path: plain decimal integers
    if (n > 0 && n <= 15) {
      long v = 0;
      int i = 0;
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        v = v * 10 + (c - '0');
      }
      if (i == n) {
        return (double) v;
      }
    }
    return str2numberSlow(s);
  }

  private static Double str2numberSlow(String s) {
    int end = s.indexOf('\0');
    if (end < 0) {
      end = s.length();
    }
    int i = 0;
    while (i < end && isSpace(s.charAt(i))) {
      i++;
    }
    boolean neg = false;
    if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      neg = s.charAt(i) == '-';
      i++;
    }
    double result;
    int stop;
    char c = i < end ? s.charAt(i) : '\0';
    if (c == '0'
        && i + 1 < end
        && (s.charAt(i + 1) | 0x20) == 'x'
        && hasHexMantissa(s, i + 2, end)) {
      long[] out = new long[1];
      stop = scanHex(s, i + 2, end, out);
      result = Double.longBitsToDouble(out[0]);
    } else if ((c | 0x20) == 'i' && matchesIgnoreCase(s, i, end, "inf")) {
      stop = matchesIgnoreCase(s, i, end, "infinity") ? i + 8 : i + 3;
      result = Double.POSITIVE_INFINITY;
    } else if ((c | 0x20) == 'n' && matchesIgnoreCase(s, i, end, "nan")) {
      stop = i + 3;
      if (stop < end && s.charAt(stop) == '(') {
        int j = stop + 1;
        while (j < end && (isAlnum(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        if (j < end && s.charAt(j) == ')') {
          stop = j + 1;
        }
      }
      result = POSITIVE_NAN;
    } else {
      int j = i;
      int digits = 0;
      while (j < end && isDigit(s.charAt(j))) {
        j++;
        digits++;
      }
      if (j < end && s.charAt(j) == '.') {
        j++;
        while (j < end && isDigit(s.charAt(j))) {
          j++;
          digits++;
        }
      }
      if (digits == 0) {
        return null;
      }
      if (j < end && (s.charAt(j) | 0x20) == 'e') {
        int k = j + 1;
        if (k < end && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
          k++;
        }
        if (k < end && isDigit(s.charAt(k))) {
          while (k < end && isDigit(s.charAt(k))) {
            k++;
          }
          j = k;
        }
      }
      stop = j;
      result = parseDecimal(s, i, stop);
    }
    for (int k = stop; k < end; k++) {
      if (!isSpace(s.charAt(k))) {
        return null;
      }
    }
    if (Double.isNaN(result)) {
      return neg ? NAN_FROM_ZERO_DIV : POSITIVE_NAN;
    }
    return neg ? -result : result;
  }

  /** A validated unsigned decimal literal {@code s[from, to)}, correctly rounded. */
  private static double parseDecimal(String s, int from, int to) {
    // Clinger's fast path: <= 15 significant digits and a small power of ten are exact
    long m = 0;
    int nd = 0;
    int scale = 0;
    boolean point = false;
    int i = from;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        point = true;
      } else if (c >= '0' && c <= '9') {
        if (m == 0 && c == '0') {
          if (point) {
            scale++;
          }
          continue;
        }
        if (++nd > 15) {
          break;
        }
        m = m * 10 + (c - '0');
        if (point) {
          scale++;
        }
      } else {
        break;
      }
    }
    if (i == to && nd <= 15 && scale <= 22) {
      return scale == 0 ? (double) m : m / EXACT_POW10[scale];
    }
    String t = s.substring(from, to);
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      // not expected (Java saturates huge exponents itself); saturate like strtod
      boolean zero = t.matches("[0.]*([eE].*)?");
      return zero ? 0.0 : t.matches(".*[eE]-.*") ? 0.0 : Double.POSITIVE_INFINITY;
    }
  }

  private static final double[] EXACT_POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private static boolean hasHexMantissa(String s, int i, int end) {
    if (i < end && isXDigit(s.charAt(i))) {
      return true;
    }
    return i + 1 < end && s.charAt(i) == '.' && isXDigit(s.charAt(i + 1));
  }

  /**
   * Scans the hexadecimal float after {@code 0x} (digits, optional fraction, optional binary
   * exponent {@code p[+-]ddd}) and rounds it to a double; returns the stop index.
   */
  private static int scanHex(String s, int i, int end, long[] out) {
    StringBuilder mant = new StringBuilder();
    int fracDigits = 0;
    boolean point = false;
    int j = i;
    for (; j < end; j++) {
      char c = s.charAt(j);
      if (c == '.' && !point) {
        point = true;
      } else if (isXDigit(c)) {
        if (mant.length() == 0 && c == '0') {
          if (point) {
            fracDigits++;
          }
          continue; // skip leading zeros
        }
        mant.append(c);
        if (point) {
          fracDigits++;
        }
      } else {
        break;
      }
    }
    long exp = 0;
    if (j < end && (s.charAt(j) | 0x20) == 'p') {
      int k = j + 1;
      boolean eneg = false;
      if (k < end && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
        eneg = s.charAt(k) == '-';
        k++;
      }
      if (k < end && isDigit(s.charAt(k))) {
        while (k < end && isDigit(s.charAt(k))) {
          if (exp < 100_000_000L) {
            exp = exp * 10 + (s.charAt(k) - '0');
          }
          k++;
        }
        if (eneg) {
          exp = -exp;
        }
        j = k;
      }
    }
    double v;
    if (mant.length() == 0) {
      v = 0;
    } else {
      long e2 = exp - 4L * fracDigits;
      // magnitude of the value is about 2^(4*len + e2): clamp hopeless exponents
      long mag = 4L * mant.length() + e2;
      if (mag > 2000) {
        v = Double.POSITIVE_INFINITY;
      } else if (mag < -1200) {
        v = 0;
      } else {
        v = Double.parseDouble("0x" + mant + "p" + e2);
      }
    }
    out[0] = Double.doubleToRawLongBits(v);
    return j;
  }

  /**
   * {@code tonumber(s, base)} (luaB_tonumber): base 10 converts like {@link #str2number}; other
   * bases (2..36, checked by the caller, see {@link #isValidBase}) use C's {@code strtoul}: white
   * space, an optional sign (negation modulo 2^64), an optional {@code 0x} for base 16, digits and
   * letters, trailing white space; overflow gives ULONG_MAX. Returns a Double or {@link
   * LuaNil#NIL}.
   */
  @TruffleBoundary
  public static Object tonumber(String s, int base) {
    if (base == 10) {
      Double d = str2number(s);
      return d == null ? LuaNil.NIL : d;
    }
    int end = s.indexOf('\0');
    if (end < 0) {
      end = s.length();
    }
    int i = 0;
    while (i < end && isSpace(s.charAt(i))) {
      i++;
    }
    boolean neg = false;
    if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      neg = s.charAt(i) == '-';
      i++;
    }
    if (base == 16
        && i + 2 < end
        && s.charAt(i) == '0'
        && (s.charAt(i + 1) | 0x20) == 'x'
        && digitValue(s.charAt(i + 2)) < 16) {
      i += 2;
    }
    int first = i;
    long n = 0;
    boolean overflow = false;
    long limit = Long.divideUnsigned(-1L, base);
    for (; i < end; i++) {
      int dv = digitValue(s.charAt(i));
      if (dv >= base) {
        break;
      }
      if (!overflow) {
        if (Long.compareUnsigned(n, limit) > 0) {
          overflow = true;
        } else {
          long m = n * base;
          long r = m + dv;
          if (Long.compareUnsigned(r, m) < 0) {
            overflow = true;
          } else {
            n = r;
          }
        }
      }
    }
    if (i == first) {
      return LuaNil.NIL;
    }
    for (int k = i; k < end; k++) {
      if (!isSpace(s.charAt(k))) {
        return LuaNil.NIL;
      }
    }
    if (overflow) {
      n = -1L;
    } else if (neg) {
      n = -n;
    }
    return unsignedToDouble(n);
  }

  /** The check luaB_tonumber makes before converting ("base out of range"). */
  public static boolean isValidBase(long base) {
    return base >= 2 && base <= 36;
  }

  /** C's {@code (double) unsigned long}: round to nearest. */
  public static double unsignedToDouble(long n) {
    if (n >= 0) {
      return (double) n;
    }
    return (double) ((n >>> 1) | (n & 1)) * 2.0;
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char l = (char) (c | 0x20);
    if (l >= 'a' && l <= 'z') {
      return l - 'a' + 10;
    }
    return 99;
  }

  private static boolean matchesIgnoreCase(String s, int i, int end, String word) {
    if (end - i < word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((s.charAt(i + k) | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ C locale ctype

  /** C {@code isspace}: space, \t \n \v \f \r. */
  public static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  public static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  public static boolean isXDigit(int c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
  }

  public static boolean isAlnum(int c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }

  // ------------------------------------------------------------------ C casts on x86-64

  /** C's {@code (long) d} on x86-64 (cvttsd2si): NaN and out-of-range values give LONG_MIN. */
  public static long toCLong(double d) {
    if (d >= -9.223372036854775808E18 && d < 9.223372036854775808E18) {
      return (long) d;
    }
    return Long.MIN_VALUE;
  }

  /**
   * C's {@code (unsigned long) d} as gcc compiles it on x86-64: values from 2^63 up convert
   * through {@code d - 2^63}; the rest (including NaN) through the signed conversion.
   */
  public static long toCUnsignedLong(double d) {
    if (d >= 9.223372036854775808E18) {
      return toCLong(d - 9.223372036854775808E18) ^ Long.MIN_VALUE;
    }
    return toCLong(d);
  }

  /** C's {@code (int) d} on x86-64: NaN and out-of-range values give INT_MIN. */
  public static int toCInt(double d) {
    if (d > -2147483649.0 && d < 2147483648.0) {
      return (int) d;
    }
    return Integer.MIN_VALUE;
  }
}
