package org.lunacy.runtime;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;

/**
 * Lua strings at the edge of the process. A Lua string is a Java string with one char per byte
 * (0..255); the JVM's file names, environment and command lines are Java strings decoded with the
 * platform's {@code sun.jnu.encoding}. So a name whose bytes are UTF-8 reaches the file system as
 * those bytes, as C's fopen passes them, and an environment value comes back as its bytes. (The
 * launcher, which sees the language only through the polyglot API, converts its arguments the
 * same way in its own Messages.)
 */
public final class LuaHostStrings {
  private static final Charset PLATFORM = platformCharset();

  private LuaHostStrings() {}

  private static Charset platformCharset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** A Lua byte string as a platform string: a file name, a command, a variable's name. */
  public static String toHost(String lua) {
    for (int i = 0; i < lua.length(); i++) {
      if (lua.charAt(i) > 0x7f) {
        return new String(lua.getBytes(StandardCharsets.ISO_8859_1), PLATFORM);
      }
    }
    return lua;
  }

  /** A platform string (an environment value) as a Lua byte string. */
  public static String toLua(String host) {
    for (int i = 0; i < host.length(); i++) {
      if (host.charAt(i) > 0x7f) {
        return new String(host.getBytes(PLATFORM), StandardCharsets.ISO_8859_1);
      }
    }
    return host;
  }

  /**
   * The file named by the Lua string {@code name}. A name the platform cannot represent (bytes
   * that are not in its encoding) names no file: "No such file or directory", as for fopen.
   */
  public static TruffleFile file(TruffleLanguage.Env env, String name) throws NoSuchFileException {
    try {
      return env.getPublicTruffleFile(toHost(name));
    } catch (InvalidPathException e) {
      throw new NoSuchFileException(name);
    }
  }
}
