package org.lunacy.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Byte strings at the edge of the process. Lua strings are Java strings with one char per byte
 * (0..255); command-line arguments and environment values arrive decoded with the platform's
 * {@code sun.jnu.encoding}, so they are encoded back to their bytes before Lua sees them.
 */
final class Messages {
  private static final Charset PLATFORM = platformCharset();

  private Messages() {}

  private static Charset platformCharset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** A platform string (argument, environment value) as a Lua byte string. */
  static String toLua(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return new String(s.getBytes(PLATFORM), StandardCharsets.ISO_8859_1);
      }
    }
    return s;
  }

  /** A Lua byte string as a platform string (for file names and the terminal). */
  static String fromLua(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return new String(s.getBytes(StandardCharsets.ISO_8859_1), PLATFORM);
      }
    }
    return s;
  }

  /** Bytes as a Lua string, one char per byte. */
  static String bytesToLua(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }

  /** Writes a Lua byte string (chars above 255 become '?'), then flushes. */
  static void write(OutputStream stream, String s) {
    try {
      stream.write(s.getBytes(StandardCharsets.ISO_8859_1));
      stream.flush();
    } catch (IOException e) {
      // as fprintf to a closed stderr: nothing to do
    }
  }

  /**
   * lua.c's {@code l_message}: "progname: msg\n" on standard error, or just the message in the
   * interactive loop (progname is null there). fprintf's %s ends the message at a NUL byte.
   */
  static void message(OutputStream err, String progname, String msg) {
    int nul = msg.indexOf('\0');
    String text = nul < 0 ? msg : msg.substring(0, nul);
    write(err, (progname != null ? progname + ": " : "") + text + "\n");
  }

  /**
   * The short source name of a chunk name, as luaO_chunkid does with LUA_IDSIZE 60: "=name" gives
   * "name", "@file" gives "file" (its tail with "..." when too long), other text gives [string
   * "first line..."].
   */
  static String chunkId(String source) {
    final int bufflen = 60; // LUA_IDSIZE
    if (source.startsWith("=")) {
      String s = source.substring(1);
      return s.length() > bufflen - 1 ? s.substring(0, bufflen - 1) : s;
    }
    if (source.startsWith("@")) {
      String s = source.substring(1);
      int room = bufflen - " '...' ".length() - 1;
      return s.length() > room ? "..." + s.substring(s.length() - room) : s;
    }
    int len = 0;
    while (len < source.length() && source.charAt(len) != '\n' && source.charAt(len) != '\r') {
      len++;
    }
    int room = bufflen - " [string \"...\"] ".length() - 1;
    if (len > room) {
      len = room;
    }
    return len < source.length()
        ? "[string \"" + source.substring(0, len) + "...\"]"
        : "[string \"" + source + "\"]";
  }
}
