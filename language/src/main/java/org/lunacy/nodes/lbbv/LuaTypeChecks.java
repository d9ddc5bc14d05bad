package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The counter behind {@code --lua.CountTypeChecks}: nodes that test the type of a value at run
 * time (generic arithmetic and comparison operands, indexed objects, version entry guards) add
 * the tests they make. Nodes read the switch once, when they are created, so the counter costs
 * nothing when it is off.
 */
public final class LuaTypeChecks {
  private LuaTypeChecks() {}

  /** {@code --lua.CountTypeChecks}, set when a context is created (before anything is parsed). */
  public static boolean enabled;

  private static long count;

  @TruffleBoundary
  public static void add(int n) {
    count += n;
  }

  public static long total() {
    return count;
  }
}
