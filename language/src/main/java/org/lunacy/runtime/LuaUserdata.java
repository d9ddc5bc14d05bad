package org.lunacy.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A full userdata: {@code newproxy()} results and host objects such as files. */
public class LuaUserdata implements TruffleObject {
  private LuaTable metatable;
  public LuaTable env;

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
