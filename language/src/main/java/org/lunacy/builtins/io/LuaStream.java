package org.lunacy.builtins.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import org.lunacy.builtins.io.LuaErrno.LuaIOException;
import org.lunacy.runtime.LuaNumbers;

/**
 * A C stdio {@code FILE} as liolib.c uses it: bytes in and out of a Lua string (one char per byte),
 * one buffer that is either read ahead or waiting to be written, the end-of-file indicator, and the
 * glibc reading rules lua5.1 exposes ({@code fgets} chunks, {@code fscanf("%lf")}).
 *
 * <p>The bytes come from a seekable channel (files), or from a Java stream pair (the standard
 * streams and pipes). Streams that write to a Java {@link OutputStream} leave the buffering to it:
 * standard output shares its buffer with {@code print}.
 */
final class LuaStream implements Closeable {
  /** glibc's BUFSIZ, also LUAL_BUFFERSIZE. */
  static final int BUFSIZ = 8192;

  static final int IOFBF = 0;
  static final int IOLBF = 1;
  static final int IONBF = 2;

  private final SeekableByteChannel channel;
  private final InputStream in;
  private final OutputStream out;

  /** The process of a pipe (io.popen), waited for on close. */
  private final Process process;

  private final boolean readable;
  private final boolean writable;
  private final boolean append;

  private final byte[] buf = new byte[BUFSIZ];
  private final ByteBuffer wrapped = ByteBuffer.wrap(buf);

  /** Unread bytes: {@code buf[rpos, rlim)}. */
  private int rpos;

  private int rlim;

  /** Unwritten bytes of a channel stream: {@code buf[0, wlen)}. */
  private int wlen;

  /** C's end-of-file indicator (cleared by clearerr and seeks). */
  private boolean eof;

  private int bufferMode = IOFBF;
  private boolean closed;

  /** Run before reading more from {@link #in}: standard input flushes standard output. */
  private Runnable beforeFill;

  /** Grows to hold lines and blocks longer than the buffer. */
  private byte[] acc = new byte[256];

  private LuaStream(
      SeekableByteChannel channel,
      InputStream in,
      OutputStream out,
      Process process,
      boolean readable,
      boolean writable,
      boolean append) {
    this.channel = channel;
    this.in = in;
    this.out = out;
    this.process = process;
    this.readable = readable;
    this.writable = writable;
    this.append = append;
  }

  static LuaStream ofChannel(
      SeekableByteChannel channel, boolean readable, boolean writable, boolean append) {
    return new LuaStream(channel, null, null, null, readable, writable, append);
  }

  static LuaStream ofInput(InputStream in, Process process) {
    return new LuaStream(null, in, null, process, true, false, false);
  }

  /**
   * Standard input: like glibc reading a terminal, it flushes standard output before it waits for
   * input, so that a prompt written with io.write shows.
   */
  static LuaStream ofStandardInput(InputStream in, Runnable flushOutput) {
    LuaStream s = new LuaStream(null, in, null, null, true, false, false);
    s.beforeFill = flushOutput;
    s.lineBuffered = true;
    return s;
  }

  /**
   * Standard input is read a line at a time (as from a terminal), so that the stream never
   * holds input beyond the current line that others sharing it (the REPL) should see.
   */
  private boolean lineBuffered;

  private int fillLine() throws IOException {
    int n = 0;
    while (n < BUFSIZ) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      buf[n++] = (byte) c;
      if (c == '\n') {
        break;
      }
    }
    return n == 0 ? -1 : n;
  }

  static LuaStream ofOutput(OutputStream out, Process process, int mode) {
    LuaStream s = new LuaStream(null, null, out, process, false, true, false);
    s.bufferMode = mode;
    return s;
  }

  boolean isClosed() {
    return closed;
  }

  /** clearerr: forget a previous end of file so that the next read tries again. */
  void clearError() {
    eof = false;
  }

  // ------------------------------------------------------------------ reading

  private void beginRead() throws IOException {
    if (!readable) {
      throw new LuaIOException(LuaErrno.EBADF);
    }
    if (wlen > 0) {
      flushBuffer();
    }
  }

  /** Refills the empty buffer; false at end of file. */
  private boolean fill() throws IOException {
    rpos = 0;
    rlim = 0;
    if (eof) {
      return false;
    }
    int n;
    if (channel != null) {
      wrapped.clear();
      n = channel.read(wrapped);
    } else {
      if (beforeFill != null) {
        beforeFill.run();
      }
      n = lineBuffered ? fillLine() : in.read(buf, 0, BUFSIZ);
    }
    if (n <= 0) {
      // read(2) returns 0 only at the end; a Java stream may not, so try once more
      if (n == 0 && channel == null) {
        int c = in.read();
        if (c >= 0) {
          buf[0] = (byte) c;
          rlim = 1;
          return true;
        }
      }
      eof = true;
      return false;
    }
    rlim = n;
    return true;
  }

  /** getc + ungetc: the next byte without consuming it, or -1 at end of file. */
  private int peek() throws IOException {
    if (rpos < rlim || fill()) {
      return buf[rpos] & 0xff;
    }
    return -1;
  }

  /** test_eof (read(0)): true if a byte can be read. */
  boolean hasMore() throws IOException {
    beginRead();
    return peek() >= 0;
  }

  /**
   * read_line: glibc {@code fgets} in chunks of {@code BUFSIZ - 1} bytes, each cut at its first
   * {@code \0} as {@code strlen} does; the line ends at a chunk that ends in a newline. Returns
   * null when nothing was read before the end of file.
   */
  String readLine() throws IOException {
    beginRead();
    // fast path: a whole line without \0 in the buffer
    if (rpos < rlim) {
      int end = Math.min(rlim, rpos + BUFSIZ - 1);
      for (int i = rpos; i < end; i++) {
        byte b = buf[i];
        if (b == '\n') {
          String line = new String(buf, rpos, i - rpos, StandardCharsets.ISO_8859_1);
          rpos = i + 1;
          return line;
        } else if (b == 0) {
          break;
        }
      }
    }
    int len = 0;
    while (true) {
      // one fgets call
      int chunkStart = len;
      int room = BUFSIZ - 1;
      boolean any = false;
      boolean newline = false;
      while (room > 0 && (rpos < rlim || fill())) {
        any = true;
        int end = Math.min(rlim, rpos + room);
        int stop = end;
        for (int i = rpos; i < end; i++) {
          if (buf[i] == '\n') {
            stop = i + 1;
            newline = true;
            break;
          }
        }
        int n = stop - rpos;
        ensureAcc(len + n);
        System.arraycopy(buf, rpos, acc, len, n);
        len += n;
        rpos = stop;
        room -= n;
        if (newline) {
          break;
        }
      }
      if (!any) {
        return len > 0 ? accString(len) : null;
      }
      for (int i = chunkStart; i < len; i++) {
        if (acc[i] == 0) {
          // strlen stops here: the rest of the chunk, newline included, is lost
          len = i;
          newline = false;
          break;
        }
      }
      if (newline) {
        return accString(len - 1);
      }
    }
  }

  /**
   * fgets: up to {@code size - 1} bytes, through the first newline (kept); null when nothing was
   * read before the end of file.
   */
  String gets(int size) throws IOException {
    beginRead();
    StringBuilder sb = new StringBuilder();
    while (sb.length() < size - 1) {
      int c = peek();
      if (c < 0) {
        break;
      }
      rpos++;
      sb.append((char) c);
      if (c == '\n') {
        break;
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /**
   * read_chars: up to {@code n} bytes ({@code n} as C's size_t, negative meaning huge); null if
   * nothing was read.
   */
  String readChars(long n) throws IOException {
    beginRead();
    long want = n < 0 ? Long.MAX_VALUE : n;
    if (rpos < rlim && rlim - rpos >= want) {
      String s = new String(buf, rpos, (int) want, StandardCharsets.ISO_8859_1);
      rpos += (int) want;
      return s;
    }
    if (channel != null && want > BUFSIZ) {
      // size the result once for the rest of a file
      long rest = channel.size() - channel.position() + (rlim - rpos);
      if (rest > 0 && rest < Integer.MAX_VALUE - 16) {
        ensureAcc((int) Math.min(want, rest));
      }
    }
    int len = 0;
    while (len < want) {
      if (rpos == rlim) {
        if (channel != null && want - len >= BUFSIZ && !eof) {
          // large reads go straight into the result
          int chunk = (int) Math.min(want - len, Math.max(BUFSIZ, Math.min(acc.length, 1 << 24)));
          ensureAcc(len + chunk);
          int r = channel.read(ByteBuffer.wrap(acc, len, chunk));
          if (r <= 0) {
            eof = true;
            break;
          }
          len += r;
          continue;
        }
        if (!fill()) {
          break;
        }
      }
      int k = (int) Math.min(want - len, rlim - rpos);
      ensureAcc(len + k);
      System.arraycopy(buf, rpos, acc, len, k);
      rpos += k;
      len += k;
    }
    if (len == 0 && want > 0) {
      return null;
    }
    return accString(len);
  }

  /** The first {@code len} accumulated bytes as a Lua string; a huge accumulator is let go. */
  private String accString(int len) {
    String s = new String(acc, 0, len, StandardCharsets.ISO_8859_1);
    if (acc.length > (1 << 20)) {
      acc = new byte[256];
    }
    return s;
  }

  /** {@code *a}: everything up to the end of file ("" at the end). */
  String readAll() throws IOException {
    String s = readChars(-1);
    return s == null ? "" : s;
  }

  private void ensureAcc(int n) {
    if (n > acc.length) {
      int size = acc.length;
      while (size < n) {
        size = size > (1 << 29) ? Integer.MAX_VALUE - 8 : size * 2;
      }
      if (size < n) {
        throw new OutOfMemoryError("not enough memory");
      }
      acc = java.util.Arrays.copyOf(acc, size);
    }
  }

  /**
   * read_number: glibc's {@code fscanf(f, "%lf")}. Scans the longest text that may start a number
   * with one byte of look-ahead (bytes that led nowhere stay consumed), then converts what {@code
   * strtod} accepts of it; null if that is nothing.
   */
  Double readNumber() throws IOException {
    if (!readable) {
      // fscanf on a write-only stream fails without setting the stream's error flag
      return null;
    }
    beginRead();
    int c;
    while ((c = peek()) >= 0 && isSpace(c)) {
      rpos++;
    }
    if (c < 0) {
      return null;
    }
    rpos++;
    StringBuilder sb = new StringBuilder();
    int signs = 0;
    if (c == '-' || c == '+') {
      sb.append((char) c);
      signs = 1;
      c = next();
      if (c < 0) {
        return null;
      }
    }
    if (lower(c) == 'n') {
      // "nan": any mismatch fails with the byte consumed
      sb.append((char) c);
      if ((c = next()) < 0 || lower(c) != 'a') {
        return null;
      }
      sb.append((char) c);
      if ((c = next()) < 0 || lower(c) != 'n') {
        return null;
      }
      sb.append((char) c);
      return strtod(sb);
    }
    if (lower(c) == 'i') {
      // "inf" or "infinity"
      for (char want : new char[] {'n', 'f'}) {
        sb.append((char) c);
        if ((c = next()) < 0 || lower(c) != want) {
          return null;
        }
      }
      sb.append((char) c);
      if (peek() == 'i' || peek() == 'I') {
        for (char want : new char[] {'n', 'i', 't', 'y'}) {
          rpos++;
          if ((c = peek()) < 0 || lower(c) != want) {
            if (c >= 0) {
              rpos++;
            }
            return null;
          }
        }
        rpos++;
        sb.append("inity");
      }
      return strtod(sb);
    }
    char expChar = 'e';
    boolean hex = false;
    boolean gotDigit = false;
    boolean gotDot = false;
    boolean gotE = false;
    if (c == '0') {
      sb.append('0');
      c = next();
      if (c >= 0 && lower(c) == 'x') {
        sb.append((char) c);
        hex = true;
        expChar = 'p';
        c = next();
      } else {
        gotDigit = true;
      }
    }
    while (c >= 0) {
      if (c >= '0' && c <= '9') {
        sb.append((char) c);
        gotDigit = true;
      } else if (!gotE && hex && isXDigit(c)) {
        sb.append((char) c);
        gotDigit = true;
      } else if (gotE && sb.charAt(sb.length() - 1) == expChar && (c == '-' || c == '+')) {
        sb.append((char) c);
      } else if (gotDigit && !gotE && lower(c) == expChar) {
        sb.append(expChar);
        gotE = true;
        gotDot = true;
      } else if (!gotDot && c == '.') {
        sb.append('.');
        gotDot = true;
      } else {
        rpos--; // ungetc
        break;
      }
      c = next();
    }
    if (sb.length() == signs || (hex && sb.length() == 2 + signs)) {
      return null;
    }
    return strtod(sb);
  }

  /** getc: consumes and returns the next byte, or -1. */
  private int next() throws IOException {
    int c = peek();
    if (c >= 0) {
      rpos++;
    }
    return c;
  }

  /** strtod on collected text: the value of its longest convertible prefix. */
  private static Double strtod(StringBuilder sb) {
    for (int n = sb.length(); n > 0; n--) {
      Double d = org.lunacy.runtime.LuaNumbers.str2number(sb.substring(0, n));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isXDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // ------------------------------------------------------------------ writing

  /** fwrite of a Lua string. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): one char -> one byte
  void write(String s) throws IOException {
    if (!writable) {
      throw new LuaIOException(LuaErrno.EBADF);
    }
    int n = s.length();
    if (channel == null) {
      // the Java stream buffers (or not, for stderr); line buffered, what follows the last
      // newline stays in the buffer
      int line = bufferMode == IOLBF ? s.lastIndexOf('\n') + 1 : 0;
      if (line > 0) {
        copyOut(s, 0, line);
        out.flush();
        copyOut(s, line, n);
      } else {
        copyOut(s, 0, n);
        if (bufferMode == IONBF) {
          out.flush();
        }
      }
      return;
    }
    if (rlim > 0) {
      // switching from reading to writing: go back to the logical position
      if (rpos < rlim) {
        channel.position(channel.position() - (rlim - rpos));
      }
      rpos = 0;
      rlim = 0;
    }
    if (wlen + n <= BUFSIZ) {
      s.getBytes(0, n, buf, wlen);
      wlen += n;
      if (wlen == BUFSIZ) {
        flushBuffer();
      }
    } else {
      int from = 0;
      while (from < n) {
        int k = Math.min(BUFSIZ - wlen, n - from);
        s.getBytes(from, from + k, buf, wlen);
        wlen += k;
        from += k;
        if (wlen == BUFSIZ) {
          flushBuffer();
        }
      }
    }
    if (bufferMode == IONBF || (bufferMode == IOLBF && s.indexOf('\n') >= 0)) {
      flushBuffer();
    }
  }

  /** Chars {@code [from, to)} of a Lua string to the Java stream, through the scratch buffer. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): one char -> one byte
  private void copyOut(String s, int from, int to) throws IOException {
    for (int i = from; i < to; i += BUFSIZ) {
      int k = Math.min(BUFSIZ, to - i);
      s.getBytes(i, i + k, buf, 0);
      out.write(buf, 0, k);
    }
  }

  /** Digits of a number being written (fprintf(LUA_NUMBER_FMT)), without a String in between. */
  private final byte[] numberBytes = new byte[32];

  private StringBuilder numberText;

  /** fprintf of a number as {@code %.14g}: the bytes of {@code LuaNumbers.toString(d)}. */
  void writeNumber(double d) throws IOException {
    byte[] b = numberBytes;
    int len;
    if (LuaNumbers.isSmallInteger(d)) {
      long l = (long) d;
      boolean negative = l < 0;
      if (negative) {
        l = -l;
      }
      int pos = b.length;
      do {
        b[--pos] = (byte) ('0' + (int) (l % 10));
        l /= 10;
      } while (l != 0);
      if (negative) {
        b[--pos] = '-';
      }
      len = b.length - pos;
      System.arraycopy(b, pos, b, 0, len);
    } else {
      StringBuilder sb = numberText;
      if (sb == null) {
        sb = numberText = new StringBuilder(32);
      }
      sb.setLength(0);
      LuaNumbers.appendNonInteger(sb, d);
      len = sb.length();
      for (int i = 0; i < len; i++) {
        b[i] = (byte) sb.charAt(i);
      }
    }
    writeBytes(b, len);
  }

  /** fwrite of {@code b[0, len)}, a short run of bytes (no newline unless the caller checks). */
  private void writeBytes(byte[] b, int len) throws IOException {
    if (!writable) {
      throw new LuaIOException(LuaErrno.EBADF);
    }
    if (channel == null) {
      out.write(b, 0, len);
      if (bufferMode == IONBF) {
        out.flush();
      }
      return;
    }
    if (rlim > 0 || wlen + len > BUFSIZ || bufferMode == IONBF) {
      write(new String(b, 0, len, StandardCharsets.ISO_8859_1));
      return;
    }
    System.arraycopy(b, 0, buf, wlen, len);
    wlen += len;
    if (wlen == BUFSIZ) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    if (wlen == 0) {
      return;
    }
    if (append) {
      channel.position(channel.size());
    }
    wrapped.clear().limit(wlen);
    wlen = 0;
    while (wrapped.hasRemaining()) {
      channel.write(wrapped);
    }
  }

  /** fflush. */
  void flush() throws IOException {
    if (channel != null) {
      flushBuffer();
    } else if (out != null) {
      out.flush();
    }
  }

  /** flush for io.popen's flush-all; errors are left for the stream's own operations. */
  void flushQuietly() {
    try {
      if (!closed) {
        flush();
      }
    } catch (IOException e) {
      // reported by the next operation on this stream, as with C's error indicator
    }
  }

  // ------------------------------------------------------------------ positioning

  /** fseek + ftell; whence 0 set, 1 cur, 2 end. */
  long seek(int whence, long offset) throws IOException {
    if (channel == null) {
      throw new LuaIOException(LuaErrno.ESPIPE);
    }
    long pos = tell();
    flushBuffer();
    long base = whence == 0 ? 0 : whence == 1 ? pos : channel.size();
    long target = base + offset;
    if (target < 0) {
      throw new LuaIOException(LuaErrno.EINVAL);
    }
    channel.position(target);
    rpos = 0;
    rlim = 0;
    eof = false;
    return target;
  }

  private long tell() throws IOException {
    if (wlen > 0) {
      return (append ? channel.size() : channel.position()) + wlen;
    }
    return channel.position() - (rlim - rpos);
  }

  /** setvbuf: only the mode matters here (the size changes no result). */
  void setBufferMode(int mode) throws IOException {
    flush();
    if (out instanceof StdoutBuffer stdout) {
      // C's stdout, which print writes to as well: its buffer takes the mode
      stdout.setMode(mode);
      return;
    }
    bufferMode = mode;
  }

  // ------------------------------------------------------------------ closing

  /** fclose / pclose. Idempotent; also run when the context is disposed or the file collected. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    try {
      flush();
    } catch (IOException e) {
      failure = e;
    }
    try {
      if (channel != null) {
        channel.close();
      } else if (in != null && process != null) {
        in.close();
      } else if (out != null && process != null) {
        out.close();
      }
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** pclose: closes the pipe, then waits for the command. */
  void closeAndWait() throws IOException {
    close();
    if (process != null) {
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What the garbage collector or the context's disposal does with a file Lua left open. */
  void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // nobody is left to report it to, as with fclose at exit
    }
  }
}
