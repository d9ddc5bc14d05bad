package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * The type of the first value a Lua function has returned so far (what a call in a
 * single-value position gives its caller), shared by every closure and copy of the function.
 * Block versions of callers may rely on it: a call whose callee is known to return numbers
 * feeds typed arithmetic without a type test. The returns of the function keep it honest: a
 * {@code return} whose value's type its block version proves costs nothing, any other return
 * tests its value once; a value of another type widens the profile to {@link LuaType#UNKNOWN}
 * for good and invalidates {@link #stable}, and with it every version that relied on it.
 */
public final class LuaReturnProfile {
  /** No return yet. */
  public static final byte NONE = -1;

  @CompilationFinal private byte type = NONE;
  private final Assumption stable = Truffle.getRuntime().createAssumption("return type");
  /**
   * Valid while no block version relies on the profile: until then returns whose type is not
   * proven are only sampled in the interpreter rather than each tested. Compiled code always
   * tests them and never depends on this assumption, so a caller that starts to rely on the
   * profile does not invalidate the compiled code of every function it calls.
   */
  private final Assumption unused = Truffle.getRuntime().createAssumption("return type unused");
  private int samples;

  /** Returns whose type is not proven that are tested while nothing relies on the profile. */
  private static final int SAMPLES = 8;

  /** The profile of a builtin whose first result always has type {@code type}. */
  public static LuaReturnProfile fixed(byte type) {
    LuaReturnProfile p = new LuaReturnProfile();
    p.type = type;
    return p;
  }

  public byte getType() {
    return type;
  }

  public Assumption getStable() {
    return stable;
  }

  /** A block version relies on the profile from now on: every return keeps it honest. */
  public void rely() {
    unused.invalidate();
  }

  /**
   * Whether a return whose value's type is not proven tests it: always in compiled code and once
   * something relies on the profile, else only the first few in the interpreter.
   */
  public boolean sampling() {
    if (!CompilerDirectives.inInterpreter() || !unused.isValid()) {
      return true;
    }
    if (samples >= SAMPLES) {
      return false;
    }
    samples++;
    return true;
  }

  /** Whether a return of a value of type {@code t} keeps the profile as it is. */
  public boolean holds(byte t) {
    return t == type || type == LuaType.UNKNOWN;
  }

  /** A return of a value of type {@code t} that does not hold: the profile learns or widens. */
  public void widen(byte t) {
    if (CompilerDirectives.inCompiledCode() && type != NONE && widenInCompiledCode(t)) {
      return;
    }
    CompilerDirectives.transferToInterpreterAndInvalidate();
    if (type == NONE) {
      type = t;
    } else if (t != type) {
      type = LuaType.UNKNOWN;
      stable.invalidate();
    }
  }

  /**
   * A return in compiled code of a value {@code v} whose type is not the profile's (a type, not
   * NONE or UNKNOWN): {@link #widen} as compiled code does it, with the value's type worked out
   * behind the boundary.
   */
  public void missInCompiledCode(Object v) {
    if (!widenInCompiledCode(v)) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
    }
  }

  @TruffleBoundary
  private boolean widenInCompiledCode(Object v) {
    return widenInCompiledCode(LuaType.of(v));
  }

  /**
   * Compiled code that met a return of another type. The profile widens (and the versions that
   * relied on it are invalidated), but the code that tested the value stays: it goes on testing
   * against the type it was compiled with, and each mismatch comes here and changes nothing. A
   * function that returns another type now and then (a nil at the end of a list) is not sent
   * back to the interpreter for it; only after {@link #COMPILED_MISSES} mismatches is its code
   * invalidated, and the code compiled next tests nothing. Returns false then.
   */
  @TruffleBoundary
  private boolean widenInCompiledCode(byte t) {
    if (type != LuaType.UNKNOWN && t != type) {
      type = LuaType.UNKNOWN;
      stable.invalidate();
    }
    return ++compiledMisses <= COMPILED_MISSES;
  }

  /**
   * Mismatches that compiled code reports before it is invalidated: a boundary call each, about
   * 2 ms in all, against a recompilation of the function and of the callers it is inlined in.
   */
  private static final int COMPILED_MISSES = 100_000;

  private int compiledMisses;
}
