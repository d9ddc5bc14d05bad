package org.lunacy.launcher;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code lunacy} command: {@code main} of PUC-Rio's lua.c (Lua 5.1.5) on the polyglot API.
 *
 * <p>Lua runs on a thread of its own with a large stack ({@code -Dlunacy.stack}, default 1g) so that
 * deep Lua recursion reaches Lua's own "stack overflow" before the JVM's. Standard output is the raw
 * file descriptor behind one buffer that is flushed at exit; standard error is unbuffered, as in C.
 */
public final class LunacyMain {
  /** The name in messages (lua.c's {@code progname}). */
  static final String PROGNAME = "lunacy";

  private static final long DEFAULT_STACK = 1L << 30;

  private LunacyMain() {}

  public static void main(String[] args) {
    Preloader.start(System.getProperty("lunacy.classlist"));
    OutputStream out = new BufferedOutputStream(new StandardOutput(), 1 << 16);
    OutputStream err = new FileOutputStream(FileDescriptor.err);
    InputStream in = System.in;
    int[] status = {1};
    Thread lua =
        new Thread(
            null,
            () -> status[0] = run(args, in, out, err),
            "lunacy-main",
            stackSize(System.getProperty("lunacy.stack")));
    lua.start();
    boolean interrupted = false;
    while (true) {
      try {
        lua.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    flushQuietly(out);
    flushQuietly(err);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    System.exit(status[0]);
  }

  /** Runs the command line; returns the exit status. Never throws. */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    try {
      return new LunacySession(CommandLine.parse(args), in, out, err).main();
    } catch (OutOfMemoryError e) {
      // the heap ran out outside Lua code (reading a script, say): lua.c's report of LUA_ERRMEM
      flushQuietly(out);
      Messages.write(err, PROGNAME + ": not enough memory\n");
      return 1;
    } catch (Throwable t) {
      // a bug in the launcher or the engine: say so, with the Java stack trace
      flushQuietly(out);
      Messages.write(err, PROGNAME + ": internal error: " + t + "\n");
      t.printStackTrace();
      return 1;
    } finally {
      flushQuietly(out);
    }
  }

  static void flushQuietly(OutputStream stream) {
    try {
      stream.flush();
    } catch (IOException e) {
      // like fflush at exit: nothing to report to
    }
  }

  /** Parses a stack size such as {@code 1g}, {@code 512m}, {@code 65536k} or bytes. */
  static long stackSize(String spec) {
    if (spec == null || spec.isEmpty()) {
      return DEFAULT_STACK;
    }
    String s = spec.trim().toLowerCase(java.util.Locale.ROOT);
    long unit = 1;
    char last = s.charAt(s.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      s = s.substring(0, s.length() - 1);
    }
    try {
      return Long.parseLong(s) * unit;
    } catch (NumberFormatException e) {
      return DEFAULT_STACK;
    }
  }
}
