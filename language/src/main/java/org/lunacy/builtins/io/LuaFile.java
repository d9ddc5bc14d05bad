package org.lunacy.builtins.io;

import java.lang.ref.Cleaner;
import org.lunacy.runtime.LuaUserdata;

/**
 * A file handle (liolib.c's {@code FILE**} userdata): its stream, or null once closed, and how it
 * closes (the {@code __close} of its environment in liolib.c: standard files refuse, pipes wait for
 * their command, files close).
 */
public final class LuaFile extends LuaUserdata {
  static final int STANDARD = 0;
  static final int REGULAR = 1;
  static final int PIPE = 2;

  /** Closes files that Lua code dropped without closing, as io_gc does. */
  private static final Cleaner CLEANER = Cleaner.create();

  final int kind;
  LuaStream stream;

  LuaFile(int kind, LuaStream stream) {
    this.kind = kind;
    this.stream = stream;
    if (kind != STANDARD) {
      // the action holds the stream, not the file, so the file can become unreachable
      CLEANER.register(this, stream::closeQuietly);
    }
  }

  boolean isClosed() {
    return stream == null;
  }

  @Override
  public String toString() {
    return stream == null
        ? "file (closed)"
        : "file (0x" + String.format("%08x", System.identityHashCode(this)) + ")";
  }
}
