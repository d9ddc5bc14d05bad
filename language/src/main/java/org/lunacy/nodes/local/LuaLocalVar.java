package org.lunacy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * A local variable of a function: its frame slot, and whether a closure captures it (then the slot
 * holds a {@link org.lunacy.runtime.LuaCell}). {@link #captured} is settled while the enclosing
 * function is translated, before any node using it runs.
 */
public final class LuaLocalVar {
  public final String name;
  public final int slot;
  @CompilationFinal public boolean captured;

  public LuaLocalVar(String name, int slot) {
    this.name = name;
    this.slot = slot;
  }
}
