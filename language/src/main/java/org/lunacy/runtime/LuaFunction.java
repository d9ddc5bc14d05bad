package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.lunacy.LuaContext;

/**
 * A Lua function value: a Lua closure (with upvalue cells) or a builtin. The call target's
 * arguments are {@code [callee, arg1, ..., argN]}; it returns {@code Object[]} results or a {@link
 * LuaTailCall} to be continued by the caller.
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaFunction implements TruffleObject {
  public final RootCallTarget callTarget;
  public final LuaCell[] upvalues;
  /** The function environment (getfenv/setfenv); null for builtins that have none set. */
  public LuaTable env;
  /** What a builtin closure carries (the coroutine of a {@code coroutine.wrap} function). */
  public final Object state;

  private final String name;
  private final boolean builtin;

  public LuaFunction(RootCallTarget callTarget, LuaCell[] upvalues, LuaTable env) {
    this.callTarget = callTarget;
    this.upvalues = upvalues;
    this.env = env;
    this.state = null;
    this.name = null;
    this.builtin = false;
  }

  public LuaFunction(RootCallTarget callTarget, String builtinName, LuaTable env) {
    this(callTarget, builtinName, env, null);
  }

  /** A builtin closure: instances share one call target and differ in {@code state}. */
  public LuaFunction(RootCallTarget callTarget, String builtinName, LuaTable env, Object state) {
    this.callTarget = callTarget;
    this.upvalues = null;
    this.env = env;
    this.state = state;
    this.name = builtinName;
    this.builtin = true;
  }

  public boolean isBuiltin() {
    return builtin;
  }

  public String getBuiltinName() {
    return name;
  }

  @Override
  public String toString() {
    return (builtin ? "builtin: 0x" : "function: 0x")
        + String.format("%08x", System.identityHashCode(this));
  }

  @ExportMessage
  boolean isExecutable() {
    return true;
  }

  @ExportMessage
  @TruffleBoundary
  Object execute(Object[] arguments) {
    Object[] args = new Object[arguments.length + 1];
    args[0] = this;
    for (int i = 0; i < arguments.length; i++) {
      args[i + 1] = LuaInteropArray.fromForeign(arguments[i]);
    }
    try {
      return LuaCalls.first(LuaCalls.call(this, args));
    } catch (LuaError e) {
      // the error leaves Lua for the host, as one leaves lua.c's docall
      if (e.getLuaTraceback() == null && e.getReportOrNull() == null) {
        LuaCalls.uncaughtMessageHandler(LuaContext.get(null), e);
      }
      throw e;
    }
  }

  @ExportMessage
  boolean hasLanguage() {
    return true;
  }

  @ExportMessage
  Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
    return org.lunacy.LuaLanguage.class;
  }

  @ExportMessage
  @TruffleBoundary
  Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
    return toString().startsWith("builtin") ? "function: " + toString().substring(9) : toString();
  }
}
