package org.lunacy.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A full userdata: {@code newproxy()} results and host objects such as files. */
public class LuaUserdata implements TruffleObject {
  private LuaTable metatable;
  public LuaTable env;
  /** The one weak reference to this userdata that the collector emulation shares (see weakSelf). */
  private java.lang.ref.WeakReference<LuaUserdata> weakSelf;

  /**
   * A weak reference to this userdata, the same object every time: the list of finalizable
   * userdata and the weak tables use it, so that after a collection an entry of a weak table can be
   * matched with the userdata being finalized (LuaWeakTables.collect).
   */
  public java.lang.ref.WeakReference<LuaUserdata> weakSelf() {
    if (weakSelf == null) {
      weakSelf = new java.lang.ref.WeakReference<>(this);
    }
    return weakSelf;
  }

  public LuaTable getMetatable() {
    return metatable;
  }

  public void setMetatable(LuaTable mt) {
    this.metatable = mt;
  }

  @Override
  public String toString() {
    return "userdata: 0x" + String.format("%08x", System.identityHashCode(this));
  }
}
