package org.lunacy.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A Lua thread (coroutine). */
public class LuaThread implements TruffleObject {
  @Override
  public String toString() {
    return "thread: 0x" + String.format("%08x", System.identityHashCode(this));
  }
}
