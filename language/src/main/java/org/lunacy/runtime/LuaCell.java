package org.lunacy.runtime;

/** A local variable captured by a closure (an upvalue, lfunc.c's UpVal, always closed). */
public final class LuaCell {
  public Object value;

  public LuaCell(Object value) {
    this.value = value;
  }
}
