package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A read-only array handed to other languages (member name lists). */
@ExportLibrary(InteropLibrary.class)
public final class LuaInteropArray implements TruffleObject {
  private final Object[] items;

  public LuaInteropArray(Object[] items) {
    this.items = items;
  }

  @ExportMessage
  boolean hasArrayElements() {
    return true;
  }

  @ExportMessage
  long getArraySize() {
    return items.length;
  }

  @ExportMessage
  boolean isArrayElementReadable(long i) {
    return i >= 0 && i < items.length;
  }

  @ExportMessage
  Object readArrayElement(long i) throws InvalidArrayIndexException {
    if (i < 0 || i >= items.length) {
      throw InvalidArrayIndexException.create(i);
    }
    return items[(int) i];
  }

  /** Converts a value coming from another language into a Lua value. */
  @TruffleBoundary
  public static Object fromForeign(Object value) {
    if (value == null) {
      return LuaNil.NIL;
    }
    if (value instanceof Double || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof Character c) {
      return String.valueOf(c);
    }
    if (value instanceof com.oracle.truffle.api.strings.TruffleString ts) {
      return ts.toJavaStringUncached();
    }
    InteropLibrary lib = InteropLibrary.getUncached(value);
    try {
      if (lib.isNull(value)) {
        return LuaNil.NIL;
      } else if (lib.isBoolean(value)) {
        return lib.asBoolean(value);
      } else if (lib.isString(value)) {
        return lib.asString(value);
      } else if (lib.isNumber(value) && lib.fitsInDouble(value)) {
        return lib.asDouble(value);
      }
    } catch (UnsupportedMessageException e) {
      // fall through: keep the foreign object as an opaque userdata-like value
    }
    return value;
  }
}
