package org.lunacy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The Lua value {@code nil}: a singleton, never stored in a table. */
@ExportLibrary(InteropLibrary.class)
public final class LuaNil implements TruffleObject {
  public static final LuaNil NIL = new LuaNil();

  private LuaNil() {}

  @Override
  public String toString() {
    return "nil";
  }

  @ExportMessage
  boolean isNull() {
    return true;
  }
}
