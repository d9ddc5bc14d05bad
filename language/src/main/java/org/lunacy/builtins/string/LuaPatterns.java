package org.lunacy.builtins.string;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaNumbers;
import org.lunacy.runtime.LuaTable;
import org.lunacy.runtime.LuaTypes;

/**
 * Lua 5.1 pattern matching: {@code string.find}, {@code string.match}, {@code string.gmatch} and
 * {@code string.gsub}, mirroring lstrlib.c's {@code MatchState}, {@code match}, {@code
 * str_find_aux}, {@code gmatch_aux} and {@code str_gsub}.
 *
 * <p>Strings hold one byte per char (0..255). As in C, a pattern ends at its first {@code '\0'}
 * (use {@code %z} to match a zero byte); errors are raised lazily, when the matcher reaches the
 * malformed item, with PUC's messages. Single-character repetitions are iterative as in PUC;
 * recursion depth is bounded by the pattern length, never by the subject length.
 */
public final class LuaPatterns {
  private LuaPatterns() {}

  /** LUA_MAXCAPTURES. */
  static final int MAX_CAPTURES = 32;

  private static final int CAP_UNFINISHED = -1;
  private static final int CAP_POSITION = -2;

  private static final Object[] NOT_FOUND = {LuaNil.NIL};

  /** Callbacks into the interpreter for gsub. */
  public interface Host {
    /** Calls {@code fn} with {@code args}; returns its first result or NIL. */
    Object call(Object fn, Object[] args);

    /** {@code t[k]} with metamethods (lua_gettable). */
    Object index(Object table, Object key);
  }

  // ------------------------------------------------------------------ entry points

  /**
   * The first position at or after {@code from} where {@code p} occurs in {@code s}, or -1
   * (lmemfind): the first character is looked for with {@link String#indexOf(int, int)}, which
   * the JVM vectorizes, and the rest compared where it is found. {@code indexOf(String)} scans
   * a long subject several times slower.
   */
  static int plainFind(String s, String p, int from) {
    int n = p.length();
    if (n == 0) {
      return from <= s.length() ? from : -1;
    }
    char first = p.charAt(0);
    int last = s.length() - n;
    for (int at = from; at <= last; at++) {
      at = s.indexOf(first, at);
      if (at < 0 || at > last) {
        return -1;
      }
      if (s.startsWith(p, at)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * {@code string.find} ({@code isFind}) and {@code string.match} (str_find_aux). {@code init} is
   * the Lua init argument (1-based, negative from the end, already defaulted to 1). Returns start,
   * end and the captures for find; the captures (or the whole match) for match; {@code {NIL}} when
   * nothing matches. Positions are Doubles.
   */
  @TruffleBoundary
  public static Object[] find(String s, String p, int init, boolean plain, boolean isFind) {
    int l1 = s.length();
    long pos = init;
    if (pos < 0) {
      pos += l1 + 1;
      if (pos < 0) {
        pos = 0;
      }
    }
    pos--;
    if (pos < 0) {
      pos = 0;
    } else if (pos > l1) {
      pos = l1;
    }
    int start = (int) pos;
    if (isFind && (plain || noSpecials(p))) {
      int at = plainFind(s, p, start);
      if (at < 0) {
        return NOT_FOUND;
      }
      return new Object[] {(double) (at + 1), (double) (at + p.length())};
    }
    MatchState ms = new MatchState(s, p);
    boolean anchor = ms.patEnd > 0 && p.charAt(0) == '^';
    int pstart = anchor ? 1 : 0;
    int lit = anchor ? -1 : ms.firstLiteral(pstart);
    int s1 = start;
    do {
      if (lit >= 0) {
        s1 = s.indexOf(lit, s1);
        if (s1 < 0) {
          break;
        }
      }
      ms.level = 0;
      int e = ms.doMatch(s1, pstart);
      if (e >= 0) {
        if (isFind) {
          int n = ms.level;
          Object[] r = new Object[n + 2];
          r[0] = (double) (s1 + 1);
          r[1] = (double) e;
          for (int i = 0; i < n; i++) {
            r[i + 2] = ms.capture(i, -1, -1);
          }
          return r;
        }
        return ms.captures(s1, e);
      }
    } while (s1++ < ms.srcEnd && !anchor);
    return NOT_FOUND;
  }

  /** strpbrk(p, SPECIALS) == NULL, on the C string (up to the first '\0'). */
  private static boolean noSpecials(String p) {
    for (int i = 0, n = p.length(); i < n; i++) {
      switch (p.charAt(i)) {
        case '\0':
          return true;
        case '^':
        case '$':
        case '*':
        case '+':
        case '?':
        case '.':
        case '(':
        case '[':
        case '%':
        case '-':
          return false;
        default:
          break;
      }
    }
    return true;
  }

  /**
   * The state of a {@code string.gmatch} iterator (gmatch_aux). A {@code ^} is not an anchor here
   * (as in 5.1, it matches a literal {@code ^}).
   */
  public static final class Gmatch {
    private final MatchState ms;
    private final int lit;
    private int pos;

    public Gmatch(String s, String p) {
      this.ms = new MatchState(s, p);
      this.lit = ms.firstLiteral(0);
    }

    /** The captures of the next match (or the whole match), or null when there is none. */
    @TruffleBoundary
    public Object[] next() {
      MatchState m = ms;
      for (int src = pos; src <= m.srcEnd; src++) {
        if (lit >= 0) {
          src = m.src.indexOf(lit, src);
          if (src < 0) {
            return null;
          }
        }
        m.level = 0;
        int e = m.doMatch(src, 0);
        if (e >= 0) {
          pos = e == src ? e + 1 : e;
          return m.captures(src, e);
        }
      }
      return null;
    }
  }

  /**
   * {@code string.gsub} (str_gsub, add_value, add_s). {@code repl} is a String, a Double (its
   * string form is used), a LuaTable or a function (the caller checked the type). {@code maxN} is
   * the Lua {@code n} as {@code luaL_optint} gives it, defaulting to {@code s.length() + 1} (which
   * never limits); as in 5.1, zero or a negative {@code n} means no replacement at all. Returns
   * {@code {result, (double) count}}.
   */
  @TruffleBoundary
  public static Object[] gsub(String s, String p, Object repl, int maxN, Host host) {
    MatchState ms = new MatchState(s, p);
    boolean anchor = ms.patEnd > 0 && p.charAt(0) == '^';
    int pstart = anchor ? 1 : 0;
    int lit = anchor ? -1 : ms.firstLiteral(pstart);
    String replStr = null;
    if (repl instanceof String r) {
      replStr = r;
    } else if (repl instanceof Double d) {
      replStr = LuaNumbers.toString(d);
    }
    boolean simpleRepl = replStr != null && replStr.indexOf('%') < 0;
    int srcEnd = ms.srcEnd;
    StringBuilder b = new StringBuilder(s.length() + 16);
    int n = 0;
    int src = 0;
    while (n < maxN) {
      if (lit >= 0) {
        int next = s.indexOf(lit, src);
        if (next < 0) {
          break;
        }
        b.append(s, src, next);
        src = next;
      }
      ms.level = 0;
      int e = ms.doMatch(src, pstart);
      if (e >= 0) {
        n++;
        if (simpleRepl) {
          b.append(replStr);
        } else if (replStr != null) {
          ms.addString(b, src, e, replStr);
        } else {
          ms.addValue(b, src, e, repl, host);
        }
      }
      if (e > src) {
        src = e;
      } else if (src < srcEnd) {
        b.append(s.charAt(src++));
      } else {
        break;
      }
      if (anchor) {
        break;
      }
    }
    b.append(s, src, srcEnd);
    return new Object[] {b.toString(), (double) n};
  }

  // ------------------------------------------------------------------ C locale ctype

  private static final int ALPHA = 1;
  private static final int DIGIT = 2;
  private static final int LOWER = 4;
  private static final int UPPER = 8;
  private static final int SPACE = 16;
  private static final int CNTRL = 32;
  private static final int PUNCT = 64;
  private static final int XDIGIT = 128;

  private static final int[] CTYPE = new int[256];

  static {
    for (int c = 0; c < 256; c++) {
      int f = 0;
      if (c >= 'a' && c <= 'z') {
        f |= ALPHA | LOWER;
      }
      if (c >= 'A' && c <= 'Z') {
        f |= ALPHA | UPPER;
      }
      if (c >= '0' && c <= '9') {
        f |= DIGIT | XDIGIT;
      }
      if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
        f |= XDIGIT;
      }
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        f |= SPACE;
      }
      if (c < 32 || c == 127) {
        f |= CNTRL;
      }
      if (c > 32 && c < 127 && (f & (ALPHA | DIGIT)) == 0) {
        f |= PUNCT;
      }
      CTYPE[c] = f;
    }
  }

  /** match_class: {@code %a %c %d %l %p %s %u %w %x %z} and complements; else a literal. */
  static boolean matchClass(int c, int cl) {
    int mask;
    int lower = (cl >= 'A' && cl <= 'Z') ? cl + 32 : cl;
    switch (lower) {
      case 'a':
        mask = ALPHA;
        break;
      case 'c':
        mask = CNTRL;
        break;
      case 'd':
        mask = DIGIT;
        break;
      case 'l':
        mask = LOWER;
        break;
      case 'p':
        mask = PUNCT;
        break;
      case 's':
        mask = SPACE;
        break;
      case 'u':
        mask = UPPER;
        break;
      case 'w':
        mask = ALPHA | DIGIT;
        break;
      case 'x':
        mask = XDIGIT;
        break;
      case 'z': {
        boolean res = c == 0;
        return lower == cl ? res : !res;
      }
      default:
        return cl == c;
    }
    boolean res = c < 256 && (CTYPE[c] & mask) != 0;
    return lower == cl ? res : !res;
  }

  // ------------------------------------------------------------------ the matcher

  /** lstrlib.c's MatchState: the subject, the pattern (as a C string) and the captures. */
  static final class MatchState {
    final String src;
    final int srcEnd;
    final String pat;
    /** The pattern ends at its first '\0', as the C code sees it. */
    final int patEnd;

    int level;
    /** Start and length of each capture; made by the first capture. */
    private int[] capInit;
    private int[] capLen;

    /**
     * For a {@code .*}, {@code .+} or {@code .-} item at pattern index p: the smallest position q
     * such that the rest of the pattern is known to fail at every position from q on. Without
     * back-references the rest's success depends only on the position (the capture nesting at a
     * pattern index is fixed), so a later attempt (the next start position of find, gmatch or
     * gsub) stops there instead of rescanning the subject: {@code ("a"):rep(1e6):find(".-b")} is
     * linear. Made by the first such item ({@link #anyMemo}): most patterns have none.
     */
    private int[] anyFailFrom;
    /** Whether {@link #anyMemo} has looked at the pattern (and made the memo if it can be used). */
    private boolean anyMemoChecked;

    MatchState(String src, String pat) {
      this.src = src;
      this.srcEnd = src.length();
      this.pat = pat;
      int z = pat.indexOf('\0');
      this.patEnd = z < 0 ? pat.length() : z;
    }

    /**
     * Whether the memo of {@code .} items can be used, making it on the first call: not when the
     * pattern has a back-reference (the rest's success then depends on the captures too).
     */
    private boolean anyMemo() {
      if (!anyMemoChecked) {
        anyMemoChecked = true;
        if (!hasBackReference()) {
          anyFailFrom = new int[patEnd];
          Arrays.fill(anyFailFrom, Integer.MAX_VALUE);
        }
      }
      return anyFailFrom != null;
    }

    /** Whether the pattern may contain {@code %1}..{@code %9} (conservative). */
    private boolean hasBackReference() {
      for (int i = 0; i < patEnd - 1; i++) {
        if (pat.charAt(i) == '%') {
          char c = pat.charAt(i + 1);
          if (c >= '0' && c <= '9') {
            return true;
          }
          i++;
        }
      }
      return false;
    }

    /** The pattern char at {@code i}, or '\0' past its end. */
    private char pc(int i) {
      return i < patEnd ? pat.charAt(i) : '\0';
    }

    /**
     * The char a match starting at {@code pstart} must begin with, when its first item is a plain
     * character that must occur (no {@code * ? -} after it); otherwise -1.
     */
    int firstLiteral(int pstart) {
      if (pstart >= patEnd) {
        return -1;
      }
      char c = pat.charAt(pstart);
      switch (c) {
        case '$':
        case '*':
        case '+':
        case '?':
        case '.':
        case '(':
        case ')':
        case '[':
        case '%':
        case '-':
          return -1;
        default:
          break;
      }
      char q = pc(pstart + 1);
      if (q == '*' || q == '?' || q == '-') {
        return -1;
      }
      return c;
    }

    /** {@link #match}, turning a Java stack overflow into a Lua error. */
    int doMatch(int s, int p) {
      try {
        return match(s, p);
      } catch (StackOverflowError e) {
        throw LuaError.error("pattern too complex");
      }
    }

    /** match: the end of the match of {@code pat[p..]} at {@code src[s..]}, or -1. */
    private int match(int s, int p) {
      while (true) {
        if (p >= patEnd) {
          return s; // end of pattern
        }
        char pch = pat.charAt(p);
        switch (pch) {
          case '(':
            if (pc(p + 1) == ')') {
              return startCapture(s, p + 2, CAP_POSITION);
            }
            return startCapture(s, p + 1, CAP_UNFINISHED);
          case ')':
            return endCapture(s, p + 1);
          case '%': {
            char next = pc(p + 1);
            if (next == 'b') {
              s = matchBalance(s, p + 2);
              if (s < 0) {
                return -1;
              }
              p += 4;
              continue;
            } else if (next == 'f') {
              p += 2;
              if (pc(p) != '[') {
                throw LuaError.error("missing '[' after '%f' in pattern");
              }
              int ep = classEnd(p);
              int previous = s == 0 ? 0 : src.charAt(s - 1);
              int current = s < srcEnd ? src.charAt(s) : 0;
              if (matchBracketClass(previous, p, ep - 1)
                  || !matchBracketClass(current, p, ep - 1)) {
                return -1;
              }
              p = ep;
              continue;
            } else if (next >= '0' && next <= '9') {
              s = matchCapture(s, next);
              if (s < 0) {
                return -1;
              }
              p += 2;
              continue;
            }
            break;
          }
          case '$':
            if (p + 1 == patEnd) {
              return s == srcEnd ? s : -1;
            }
            break;
          default:
            break;
        }
        // a single-char class, possibly followed by a repetition
        int ep = classEnd(p);
        boolean m = s < srcEnd && singleMatch(src.charAt(s), p, ep);
        switch (pc(ep)) {
          case '?':
            if (m) {
              int res = match(s + 1, ep + 1);
              if (res >= 0) {
                return res;
              }
            }
            p = ep + 1;
            continue;
          case '*':
            return maxExpand(s, p, ep);
          case '+':
            return m ? maxExpand(s + 1, p, ep) : -1;
          case '-':
            return minExpand(s, p, ep);
          default:
            if (!m) {
              return -1;
            }
            s++;
            p = ep;
            continue;
        }
      }
    }

    /** classend: the index just after the single-char class at {@code p}. */
    private int classEnd(int p) {
      char c = pat.charAt(p++);
      if (c == '%') {
        if (p >= patEnd) {
          throw LuaError.error("malformed pattern (ends with '%')");
        }
        return p + 1;
      }
      if (c == '[') {
        if (pc(p) == '^') {
          p++;
        }
        do {
          if (p >= patEnd) {
            throw LuaError.error("malformed pattern (missing ']')");
          }
          char cc = pat.charAt(p++);
          if (cc == '%' && p < patEnd) {
            p++; // skip escapes such as '%]'
          }
        } while (pc(p) != ']');
        return p + 1;
      }
      return p;
    }

    /** singlematch. */
    private boolean singleMatch(int c, int p, int ep) {
      char pch = pat.charAt(p);
      switch (pch) {
        case '.':
          return true;
        case '%':
          return matchClass(c, pat.charAt(p + 1));
        case '[':
          return matchBracketClass(c, p, ep - 1);
        default:
          return pch == c;
      }
    }

    /** matchbracketclass: {@code p} is at '[', {@code ec} at the closing ']'. */
    private boolean matchBracketClass(int c, int p, int ec) {
      boolean sig = true;
      if (pat.charAt(p + 1) == '^') {
        sig = false;
        p++;
      }
      while (++p < ec) {
        char pch = pat.charAt(p);
        if (pch == '%') {
          p++;
          if (matchClass(c, pat.charAt(p))) {
            return sig;
          }
        } else if (pat.charAt(p + 1) == '-' && p + 2 < ec) {
          p += 2;
          if (pch <= c && c <= pat.charAt(p)) {
            return sig;
          }
        } else if (pch == c) {
          return sig;
        }
      }
      return !sig;
    }

    /** matchbalance: {@code %bxy}. */
    private int matchBalance(int s, int p) {
      if (p + 1 >= patEnd) {
        throw LuaError.error("unbalanced pattern");
      }
      char b = pat.charAt(p);
      if (s >= srcEnd || src.charAt(s) != b) {
        return -1;
      }
      char e = pat.charAt(p + 1);
      int cont = 1;
      while (++s < srcEnd) {
        char c = src.charAt(s);
        if (c == e) {
          if (--cont == 0) {
            return s + 1;
          }
        } else if (c == b) {
          cont++;
        }
      }
      return -1;
    }

    /** max_expand: greedy {@code *} and {@code +}, backing off one char at a time. */
    private int maxExpand(int s, int p, int ep) {
      if (pat.charAt(p) == '.' && anyMemo()) {
        return maxExpandAny(s, p, ep);
      }
      int i = 0;
      while (s + i < srcEnd && singleMatch(src.charAt(s + i), p, ep)) {
        i++;
      }
      if (ep + 1 >= patEnd) {
        return s + i; // nothing follows: the longest expansion matches
      }
      while (i >= 0) {
        int res = match(s + i, ep + 1);
        if (res >= 0) {
          return res;
        }
        i--;
      }
      return -1;
    }

    /** max_expand of {@code .}: every position from s on, using and updating the memo. */
    private int maxExpandAny(int s, int p, int ep) {
      if (ep + 1 >= patEnd) {
        return srcEnd;
      }
      int failFrom = anyFailFrom[p];
      if (s >= failFrom) {
        return -1;
      }
      for (int i = Math.min(srcEnd, failFrom - 1); i >= s; i--) {
        int res = match(i, ep + 1);
        if (res >= 0) {
          return res;
        }
      }
      anyFailFrom[p] = s;
      return -1;
    }

    /** min_expand of {@code .}: every position from s on, using and updating the memo. */
    private int minExpandAny(int s, int p, int ep) {
      int failFrom = anyFailFrom[p];
      int start = s;
      for (; s <= srcEnd && s < failFrom; s++) {
        int res = match(s, ep + 1);
        if (res >= 0) {
          return res;
        }
      }
      anyFailFrom[p] = start;
      return -1;
    }

    /** min_expand: lazy {@code -}. */
    private int minExpand(int s, int p, int ep) {
      if (pat.charAt(p) == '.' && anyMemo()) {
        return minExpandAny(s, p, ep);
      }
      while (true) {
        int res = match(s, ep + 1);
        if (res >= 0) {
          return res;
        } else if (s < srcEnd && singleMatch(src.charAt(s), p, ep)) {
          s++;
        } else {
          return -1;
        }
      }
    }

    private int startCapture(int s, int p, int what) {
      int l = level;
      if (l >= MAX_CAPTURES) {
        throw LuaError.error("too many captures");
      }
      if (capInit == null) {
        capInit = new int[MAX_CAPTURES];
        capLen = new int[MAX_CAPTURES];
      }
      capInit[l] = s;
      capLen[l] = what;
      level = l + 1;
      int res = match(s, p);
      if (res < 0) {
        level--;
      }
      return res;
    }

    private int endCapture(int s, int p) {
      int l = captureToClose();
      capLen[l] = s - capInit[l];
      int res = match(s, p);
      if (res < 0) {
        capLen[l] = CAP_UNFINISHED;
      }
      return res;
    }

    private int captureToClose() {
      for (int l = level - 1; l >= 0; l--) {
        if (capLen[l] == CAP_UNFINISHED) {
          return l;
        }
      }
      throw LuaError.error("invalid pattern capture");
    }

    /** match_capture: a back-reference {@code %1}..{@code %9}. */
    private int matchCapture(int s, char digit) {
      int l = checkCapture(digit);
      int len = capLen[l];
      // a position capture has a negative length: it never matches (size_t compare in C)
      if (len >= 0 && srcEnd - s >= len && src.regionMatches(capInit[l], src, s, len)) {
        return s + len;
      }
      return -1;
    }

    private int checkCapture(char digit) {
      int l = digit - '1';
      if (l < 0 || l >= level || capLen[l] == CAP_UNFINISHED) {
        throw LuaError.error("invalid capture index");
      }
      return l;
    }

    /** push_onecapture: capture {@code i}; with no captures, capture 0 is the whole match. */
    Object capture(int i, int s, int e) {
      if (i >= level) {
        if (i == 0) {
          return src.substring(s, e);
        }
        throw LuaError.error("invalid capture index");
      }
      int l = capLen[i];
      if (l == CAP_UNFINISHED) {
        throw LuaError.error("unfinished capture");
      }
      if (l == CAP_POSITION) {
        return (double) (capInit[i] + 1);
      }
      return src.substring(capInit[i], capInit[i] + l);
    }

    /** push_captures with a match {@code [s, e)}: the captures, or the whole match. */
    Object[] captures(int s, int e) {
      int n = level == 0 ? 1 : level;
      Object[] r = new Object[n];
      for (int i = 0; i < n; i++) {
        r[i] = capture(i, s, e);
      }
      return r;
    }

    /** add_s: a replacement string with {@code %0}..{@code %9} and {@code %x} escapes. */
    void addString(StringBuilder b, int s, int e, String news) {
      int l = news.length();
      for (int i = 0; i < l; i++) {
        char c = news.charAt(i);
        if (c != '%') {
          b.append(c);
          continue;
        }
        i++;
        char d = i < l ? news.charAt(i) : '\0'; // a final '%' adds the string's '\0'
        if (d < '0' || d > '9') {
          b.append(d);
        } else if (d == '0') {
          b.append(src, s, e);
        } else {
          Object cap = capture(d - '1', s, e);
          if (cap instanceof Double dd) {
            b.append(LuaNumbers.toString(dd));
          } else {
            b.append((String) cap);
          }
        }
      }
    }

    /** add_value for a table or function replacement. */
    void addValue(StringBuilder b, int s, int e, Object repl, Host host) {
      Object v;
      if (repl instanceof LuaTable) {
        v = host.index(repl, capture(0, s, e));
      } else {
        v = host.call(repl, captures(s, e));
      }
      if (v == null || v == LuaNil.NIL || (v instanceof Boolean bv && !bv)) {
        b.append(src, s, e); // keep the original text
      } else if (v instanceof String str) {
        b.append(str);
      } else if (v instanceof Double d) {
        b.append(LuaNumbers.toString(d));
      } else {
        throw LuaError.error("invalid replacement value (a " + LuaTypes.typeName(v) + ")");
      }
    }
  }
}
