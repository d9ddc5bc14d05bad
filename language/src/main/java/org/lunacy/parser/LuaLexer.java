package org.lunacy.parser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.lunacy.runtime.LuaNumbers;

/**
 * The Lua 5.1 lexical analyzer: a hand-written scanner over a {@link String} holding one char per
 * byte; mirrors llex.c ({@code llex}, {@code luaX_next}, {@code luaX_lookahead}).
 *
 * <p>Tokens are ints as in llex.h: a single-char token is its char code, reserved words and
 * multi-char symbols start at {@link #FIRST_RESERVED}. The scanner keeps PUC's {@code linenumber}
 * and {@code lastline} so that {@link LuaParser} can reproduce PUC's line numbers and error
 * messages exactly.
 */
final class LuaLexer {
  static final int FIRST_RESERVED = 257;

  // ORDER RESERVED (llex.h)
  static final int TK_AND = 257;
  static final int TK_BREAK = 258;
  static final int TK_DO = 259;
  static final int TK_ELSE = 260;
  static final int TK_ELSEIF = 261;
  static final int TK_END = 262;
  static final int TK_FALSE = 263;
  static final int TK_FOR = 264;
  static final int TK_FUNCTION = 265;
  static final int TK_IF = 266;
  static final int TK_IN = 267;
  static final int TK_LOCAL = 268;
  static final int TK_NIL = 269;
  static final int TK_NOT = 270;
  static final int TK_OR = 271;
  static final int TK_REPEAT = 272;
  static final int TK_RETURN = 273;
  static final int TK_THEN = 274;
  static final int TK_TRUE = 275;
  static final int TK_UNTIL = 276;
  static final int TK_WHILE = 277;
  static final int TK_CONCAT = 278;
  static final int TK_DOTS = 279;
  static final int TK_EQ = 280;
  static final int TK_GE = 281;
  static final int TK_LE = 282;
  static final int TK_NE = 283;
  static final int TK_NUMBER = 284;
  static final int TK_NAME = 285;
  static final int TK_STRING = 286;
  static final int TK_EOS = 287;

  /** luaX_tokens: the spelling of each token from {@link #FIRST_RESERVED} on. */
  private static final String[] TOKENS = {
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if", "in", "local",
    "nil", "not", "or", "repeat", "return", "then", "true", "until", "while", "..", "...", "==",
    ">=", "<=", "~=", "<number>", "<name>", "<string>", "<eof>"
  };

  /** End of input (EOZ of lzio.h). */
  private static final int EOZ = -1;

  /** luaX_lexerror builds its chunk id into a buffer of MAXSRC chars. */
  private static final int MAXSRC = 80;

  // What llex last left in PUC's token buffer, which txtToken prints (see bufferText).
  private static final int BUF_FIXED = 0;
  private static final int BUF_RANGE = 1;
  private static final int BUF_QUOTED = 2;
  private static final int BUF_LONG = 3;

  /** The source as bytes (the scanner reads these); with a reader, {@code len} of them so far. */
  private byte[] buf;

  private int len;

  /**
   * The rest of the source, piece by piece (load's reader), or null: pulled only when the scanner
   * needs the next char, so a syntax error stops the reading as in PUC (luaZ_fill).
   */
  private java.util.function.Supplier<String> more;
  private final String chunkName;

  /** Index of {@link #current} in {@link #buf}. */
  private int pos;

  /** The current char (0..255) or {@link #EOZ}. */
  private int current;

  /** The line the scanner has reached (ls->linenumber). */
  int linenumber = 1;

  /** The line of the last token consumed (ls->lastline). */
  int lastline = 1;

  /** The current token (ls->t). */
  int token;

  /** The value of the current NAME or STRING token. */
  String sval;

  /** The value of the current NUMBER token. */
  double nval;

  /** The line where the current token ends (what linenumber was right after it was read). */
  int tokLine;

  private int laToken = TK_EOS;
  private String laSval;
  private double laNval;
  private int laLine;

  // Semantic info of the token llex has just read.
  private String semS;
  private double semN;

  private int bufKind = BUF_FIXED;
  private String bufFixed = "";
  private int bufStart;
  private int bufEnd;
  private String bufValue;
  private int bufSep;

  LuaLexer(String source, String chunkName) {
    this.buf = source.getBytes(StandardCharsets.ISO_8859_1);
    this.len = buf.length;
    this.chunkName = chunkName;
    setPos(0);
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  /** luaX_token2str: the spelling of a token kind, as used in "'x' expected" messages. */
  static String token2str(int token) {
    if (token < FIRST_RESERVED) {
      return isCntrl(token) ? "char(" + token + ")" : String.valueOf((char) token);
    }
    return TOKENS[token - FIRST_RESERVED];
  }

  /** txtToken: names, strings and numbers show the text in the token buffer. */
  private String txtToken(int token) {
    switch (token) {
      case TK_NAME:
      case TK_STRING:
      case TK_NUMBER:
        return bufferText();
      default:
        return token2str(token);
    }
  }

  /** The contents of PUC's token buffer after the last call of llex. */
  private String bufferText() {
    switch (bufKind) {
      case BUF_RANGE:
        return text(bufStart, bufEnd);
      case BUF_QUOTED:
        return bufFixed + bufValue + bufFixed;
      case BUF_LONG:
        {
          String eq = "=".repeat(bufSep);
          return "[" + eq + "[" + bufValue + "]" + eq + "]";
        }
      default:
        return bufFixed;
    }
  }

  /**
   * luaX_lexerror: {@code msg} prefixed with chunk id and line; {@code near} is the token text or
   * null (token 0: no "near" part).
   */
  LuaSyntaxException error(String msg, String near) {
    StringBuilder sb = new StringBuilder();
    sb.append(LuaParser.chunkId(chunkName, MAXSRC)).append(':').append(linenumber).append(": ");
    sb.append(msg);
    if (near != null) {
      int nul = near.indexOf('\0'); // %s of luaO_pushfstring stops at the first '\0'
      sb.append(" near '").append(nul >= 0 ? near.substring(0, nul) : near).append('\'');
    }
    return new LuaSyntaxException(sb.toString(), linenumber);
  }

  /** luaX_lexerror with a token whose text follows "near" (token 0 means none). */
  LuaSyntaxException lexError(String msg, int token) {
    return error(msg, token != 0 ? txtToken(token) : null);
  }

  /** luaX_syntaxerror: an error near the current token. */
  LuaSyntaxException syntaxError(String msg) {
    return lexError(msg, token);
  }

  // ---------------------------------------------------------------------------------------------
  // Character classes of the C locale

  private static final byte C_DIGIT = 1;
  private static final byte C_IDENT = 2; // letters, digits and '_'
  private static final byte C_SPACE = 4; // isspace, newlines excepted
  private static final byte C_HEX = 8;

  private static final byte[] CTYPE = new byte[256];

  static {
    for (int c = '0'; c <= '9'; c++) {
      CTYPE[c] = C_DIGIT | C_IDENT | C_HEX;
    }
    for (int c = 'a'; c <= 'z'; c++) {
      CTYPE[c] = C_IDENT;
      CTYPE[c - 'a' + 'A'] = C_IDENT;
    }
    for (int c = 'a'; c <= 'f'; c++) {
      CTYPE[c] |= C_HEX;
      CTYPE[c - 'a' + 'A'] |= C_HEX;
    }
    CTYPE['_'] = C_IDENT;
    CTYPE[' '] = C_SPACE;
    CTYPE['\t'] = C_SPACE;
    CTYPE[0x0b] = C_SPACE;
    CTYPE['\f'] = C_SPACE;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isIdent(int c) {
    return c >= 0 && (CTYPE[c] & C_IDENT) != 0;
  }

  private static boolean isCntrl(int c) {
    return (c >= 0 && c < 32) || c == 127;
  }

  private static boolean isNewline(int c) {
    return c == '\n' || c == '\r';
  }

  // ---------------------------------------------------------------------------------------------
  // Scanner

  /** A lexer that pulls its source from {@code more}: pieces until null or "". */
  LuaLexer(java.util.function.Supplier<String> more, String chunkName) {
    this("", chunkName);
    this.more = more;
    setPos(0);
  }

  /** Whether the source has a char at {@code p}, pulling pieces from the reader as needed. */
  private boolean has(int p) {
    return p < len || (more != null && pull(p));
  }

  private boolean pull(int p) {
    while (p >= len) {
      String piece = more.get();
      if (piece == null || piece.isEmpty()) {
        more = null;
        return false;
      }
      byte[] add = piece.getBytes(StandardCharsets.ISO_8859_1);
      if (len + add.length > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + add.length));
      }
      System.arraycopy(add, 0, buf, len, add.length);
      len += add.length;
    }
    return true;
  }

  /** The source text in {@code [start, end)}. */
  private String text(int start, int end) {
    return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
  }

  /** All the source read so far (all of it once the chunk parsed). */
  String source() {
    return text(0, len);
  }

  /** Makes the char at {@code p} current. */
  private void setPos(int p) {
    pos = p;
    current = has(p) ? buf[p] & 0xff : EOZ;
  }

  /** next(ls): advances to the next char. */
  private void advance() {
    int p = ++pos;
    current = has(p) ? buf[p] & 0xff : EOZ;
  }

  /** inclinenumber: skips '\n', '\r', "\r\n" or "\n\r" and counts the line. */
  private void inclinenumber() {
    int old = current;
    advance();
    if (isNewline(current) && current != old) {
      advance();
    }
    ++linenumber;
  }

  /** The offset in the source right after the current token (before any lookahead). */
  int position() {
    return pos;
  }

  /** luaX_next: makes the next token current. */
  void next() {
    lastline = linenumber;
    if (laToken != TK_EOS) {
      token = laToken;
      sval = laSval;
      nval = laNval;
      tokLine = laLine;
      laToken = TK_EOS;
    } else {
      token = llex();
      sval = semS;
      nval = semN;
      tokLine = linenumber;
    }
  }

  /** luaX_lookahead: reads the token after the current one and returns its kind. */
  int lookahead() {
    laToken = llex();
    laSval = semS;
    laNval = semN;
    laLine = linenumber;
    return laToken;
  }

  private void setFixed(String text) {
    bufKind = BUF_FIXED;
    bufFixed = text;
  }

  /** llex: reads one token. */
  private int llex() {
    bufKind = BUF_FIXED;
    bufFixed = "";
    for (; ; ) {
      int c = current;
      switch (c) {
        case '\n':
        case '\r':
          inclinenumber();
          continue;
        case ' ':
        case '\t':
          {
            int p = pos + 1;
            while (has(p) && (CTYPE[buf[p] & 0xff] & C_SPACE) != 0) {
              p++;
            }
            setPos(p);
            continue;
          }
        case '-':
          advance();
          if (current != '-') {
            return '-';
          }
          // a comment
          advance();
          if (current == '[') {
            int sep = skipSep();
            if (sep >= 0) {
              readLongString(false, sep); // long comment
              continue;
            }
          }
          // short comment
          {
            int p = pos;
            while (has(p) && buf[p] != '\n' && buf[p] != '\r') {
              p++;
            }
            setPos(p);
          }
          continue;
        case '[':
          {
            int start = pos;
            int sep = skipSep();
            if (sep >= 0) {
              readLongString(true, sep);
              return TK_STRING;
            } else if (sep == -1) {
              setFixed("[");
              return '[';
            }
            setFixed(text(start, pos));
            throw lexError("invalid long string delimiter", TK_STRING);
          }
        case '=':
          advance();
          if (current != '=') {
            return '=';
          }
          advance();
          return TK_EQ;
        case '<':
          advance();
          if (current != '=') {
            return '<';
          }
          advance();
          return TK_LE;
        case '>':
          advance();
          if (current != '=') {
            return '>';
          }
          advance();
          return TK_GE;
        case '~':
          advance();
          if (current != '=') {
            return '~';
          }
          advance();
          return TK_NE;
        case '"':
        case '\'':
          readString(c);
          return TK_STRING;
        case '.':
          {
            // check_next's strchr also matches the '\0' char: ".\0" reads as ".."
            int start = pos;
            advance();
            if (current == '.' || current == 0) {
              advance();
              if (current == '.' || current == 0) {
                advance();
                setFixed("...");
                return TK_DOTS;
              }
              setFixed("..");
              return TK_CONCAT;
            } else if (!isDigit(current)) {
              setFixed(".");
              return '.';
            }
            readNumeral(start);
            return TK_NUMBER;
          }
        case EOZ:
          return TK_EOS;
        default:
          if (c == '\f' || c == 0x0b) {
            advance();
            continue;
          } else if (isDigit(c)) {
            readNumeral(pos);
            return TK_NUMBER;
          } else if (isAlpha(c) || c == '_') {
            // identifier or reserved word
            int start = pos;
            int p = start + 1;
            while (has(p) && (CTYPE[buf[p] & 0xff] & C_IDENT) != 0) {
              p++;
            }
            setPos(p);
            bufKind = BUF_RANGE;
            bufStart = start;
            bufEnd = p;
            int reserved = reserved(buf, start, p - start);
            if (reserved != 0) {
              return reserved;
            }
            semS = text(start, p);
            return TK_NAME;
          } else {
            advance();
            return c; // single-char tokens (+ - / ...)
          }
      }
    }
  }

  /** The reserved words by first letter, with their tokens. */
  private static final byte[][][] RESERVED = new byte[26][][];

  private static final int[][] RESERVED_TOKENS = new int[26][];

  static {
    for (int t = TK_AND; t <= TK_WHILE; t++) {
      String w = TOKENS[t - FIRST_RESERVED];
      int i = w.charAt(0) - 'a';
      byte[][] words = RESERVED[i] == null ? new byte[0][] : RESERVED[i];
      int[] toks = RESERVED_TOKENS[i] == null ? new int[0] : RESERVED_TOKENS[i];
      words = Arrays.copyOf(words, words.length + 1);
      toks = Arrays.copyOf(toks, toks.length + 1);
      words[words.length - 1] = w.getBytes(StandardCharsets.ISO_8859_1);
      toks[toks.length - 1] = t;
      RESERVED[i] = words;
      RESERVED_TOKENS[i] = toks;
    }
  }

  /** The token of the reserved word at {@code b[start..start+n)}, or 0 for an ordinary name. */
  private static int reserved(byte[] b, int start, int n) {
    int i = b[start] - 'a';
    if (n < 2 || n > 8 || i < 0 || i >= 26 || RESERVED[i] == null) {
      return 0;
    }
    byte[][] words = RESERVED[i];
    outer:
    for (int k = 0; k < words.length; k++) {
      byte[] w = words[k];
      if (w.length != n) {
        continue;
      }
      for (int j = 1; j < n; j++) {
        if (w[j] != b[start + j]) {
          continue outer;
        }
      }
      return RESERVED_TOKENS[i][k];
    }
    return 0;
  }

  /**
   * read_numeral: digits and dots, an optional exponent sign after 'E'/'e', then any letters,
   * digits and '_'; the whole text must convert (luaO_str2d), else "malformed number".
   */
  private void readNumeral(int start) {
    int p = pos + 1;
    while (has(p) && ((buf[p] >= '0' && buf[p] <= '9') || buf[p] == '.')) {
      p++;
    }
    // check_next's strchr also matches the '\0' char, which then ends the numeral's C string
    if (has(p) && (buf[p] == 'E' || buf[p] == 'e' || buf[p] == 0)) {
      p++;
      if (has(p) && (buf[p] == '+' || buf[p] == '-' || buf[p] == 0)) {
        p++;
      }
    }
    while (has(p) && (CTYPE[buf[p] & 0xff] & C_IDENT) != 0) {
      p++;
    }
    setPos(p);
    bufKind = BUF_RANGE;
    bufStart = start;
    bufEnd = p;
    semN = toNumber(buf, start, p);
  }

  /** luaO_str2d on a numeral; "malformed number" if it does not convert. */
  private double toNumber(byte[] b, int start, int end) {
    // fast path: a plain decimal integer of up to 9 digits
    int n = end - start;
    if (n <= 9) {
      int v = 0;
      int i = start;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        v = v * 10 + (b[i] - '0');
        i++;
      }
      if (i == end) {
        return v;
      }
    }
    String text = text(start, end);
    int nul = text.indexOf('\0');
    Double d = LuaNumbers.str2number(nul >= 0 ? text.substring(0, nul) : text);
    if (d == null) {
      throw lexError("malformed number", TK_NUMBER);
    }
    return d;
  }

  /**
   * skip_sep: skips '[' or ']' and the '='s after it; returns their count if the same bracket
   * follows, else -count - 1.
   */
  private int skipSep() {
    int count = 0;
    int s = current;
    advance();
    while (current == '=') {
      advance();
      count++;
    }
    return current == s ? count : -count - 1;
  }

  /**
   * read_long_string: a long string or (when {@code isString} is false) a long comment whose
   * opening bracket of level {@code sep} has been read up to its second '['. A first newline is
   * skipped; every newline sequence reads as '\n'.
   */
  private void readLongString(boolean isString, int sep) {
    advance(); // skip 2nd '['
    if (isNewline(current)) {
      inclinenumber(); // string starts with a newline: skip it
    }
    StringBuilder sb = null;
    int segStart = pos;
    for (; ; ) {
      // skip ordinary chars
      int p = pos;
      while (has(p)) {
        byte c = buf[p];
        if (c == ']' || c == '[' || c == '\n' || c == '\r') {
          break;
        }
        p++;
      }
      setPos(p);
      switch (current) {
        case EOZ:
          throw lexError(isString ? "unfinished long string" : "unfinished long comment", TK_EOS);
        case '[':
          // LUA_COMPAT_LSTR == 1
          if (skipSep() == sep) {
            advance();
            if (sep == 0) {
              throw lexError("nesting of [[...]] is deprecated", '[');
            }
          }
          break;
        case ']':
          {
            int close = pos;
            if (skipSep() == sep) {
              advance(); // skip 2nd ']'
              if (isString) {
                String value;
                if (sb == null) {
                  value = text(segStart, close);
                } else {
                  value = sb.append(text(segStart, close)).toString();
                }
                bufKind = BUF_LONG;
                bufValue = value;
                bufSep = sep;
                semS = value;
              }
              return;
            }
            break;
          }
        case '\n':
          if (has(pos + 1) && buf[pos + 1] == '\r') {
            if (isString) {
              sb = flush(sb, segStart);
            }
            inclinenumber();
            segStart = pos;
          } else {
            inclinenumber(); // a lone '\n' stays in the segment as it is
          }
          break;
        default: // '\r'
          if (isString) {
            sb = flush(sb, segStart);
          }
          inclinenumber();
          segStart = pos;
          break;
      }
    }
  }

  /** Appends the source from segStart up to the current newline, then '\n', to sb. */
  private StringBuilder flush(StringBuilder sb, int segStart) {
    if (sb == null) {
      sb = new StringBuilder(pos - segStart + 16);
    }
    return sb.append(text(segStart, pos)).append('\n');
  }

  /** read_string: a string in quotes {@code del}, with its escape sequences. */
  private void readString(int del) {
    StringBuilder sb = null;
    int segStart = pos + 1; // skip the opening quote
    int p = segStart;
    for (; ; ) {
      // skip ordinary chars
      while (has(p)) {
        int c = buf[p] & 0xff;
        if (c == del || c == '\\' || c == '\n' || c == '\r') {
          break;
        }
        p++;
      }
      setPos(p);
      int c = current;
      if (c == del) {
        break;
      }
      switch (c) {
        case EOZ:
          throw lexError("unfinished string", TK_EOS);
        case '\n':
        case '\r':
          setQuoted(del, sb, segStart);
          throw lexError("unfinished string", TK_STRING);
        default:
          {
            // '\\'
            if (sb == null) {
              sb = new StringBuilder(pos - segStart + 16);
            }
            sb.append(text(segStart, pos));
            advance(); // do not keep the '\'
            int e;
            switch (current) {
              case 'a':
                e = 7;
                break;
              case 'b':
                e = '\b';
                break;
              case 'f':
                e = '\f';
                break;
              case 'n':
                e = '\n';
                break;
              case 'r':
                e = '\r';
                break;
              case 't':
                e = '\t';
                break;
              case 'v':
                e = 0x0b;
                break;
              case '\n':
              case '\r':
                sb.append('\n');
                inclinenumber();
                segStart = p = pos;
                continue;
              case EOZ:
                segStart = p = pos;
                continue; // will raise an error next loop
              default:
                if (!isDigit(current)) {
                  e = current; // handles \\, \", \', and \?
                } else { // \ddd
                  int i = 0;
                  e = 0;
                  do {
                    e = 10 * e + (current - '0');
                    advance();
                  } while (++i < 3 && isDigit(current));
                  if (e > 255) {
                    setQuoted(del, sb, pos);
                    throw lexError("escape sequence too large", TK_STRING);
                  }
                  sb.append((char) e);
                  segStart = p = pos;
                  continue;
                }
            }
            sb.append((char) e);
            advance();
            segStart = p = pos;
            continue;
          }
      }
    }
    String value =
        sb == null ? text(segStart, pos) : sb.append(text(segStart, pos)).toString();
    advance(); // skip the closing quote
    bufKind = BUF_QUOTED;
    bufFixed = del == '"' ? "\"" : "'";
    bufValue = value;
    semS = value;
  }

  /** Sets the token buffer to an unfinished quoted string (for an error message). */
  private void setQuoted(int del, StringBuilder sb, int segStart) {
    StringBuilder partial = new StringBuilder().append((char) del);
    if (sb != null) {
      partial.append(sb);
    }
    partial.append(text(segStart, pos));
    setFixed(partial.toString());
  }
}
