package org.lunacy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import org.lunacy.LuaContext;
import org.lunacy.LuaLanguage;
import org.lunacy.builtins.debug.DebugLibrary;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaInteropArray;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/**
 * What {@code Context.eval}/{@code Context.parse} run: instantiates the main chunk as a function
 * with the global environment, calls it with the given arguments as {@code ...}, finishes a tail
 * call, and returns the first result.
 */
public final class LuaTopLevelRootNode extends RootNode {
  private final RootCallTarget chunk;
  private final int upvalueCount;

  /**
   * {@code upvalueCount}: the upvalues of a dumped function run as the main chunk, nil in each
   * run (0 for a chunk).
   */
  public LuaTopLevelRootNode(LuaLanguage language, RootCallTarget chunk, int upvalueCount) {
    super(language);
    this.chunk = chunk;
    this.upvalueCount = upvalueCount;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    LuaContext context = LuaContext.get(this);
    Object[] in = frame.getArguments();
    Object[] args = new Object[in.length + 1];
    for (int i = 0; i < in.length; i++) {
      args[i + 1] = LuaInteropArray.fromForeign(in[i]);
    }
    LuaCell[] upvalues = new LuaCell[upvalueCount];
    for (int i = 0; i < upvalueCount; i++) {
      upvalues[i] = new LuaCell(LuaNil.NIL);
    }
    LuaFunction main = new LuaFunction(chunk, upvalues, context.globals);
    // lua.c runs the script from pmain, itself called through lua_cpcall: with docall's
    // lua_pcall (LuaCalls.call here) the main chunk runs two C calls deep (nCcalls 2).
    context.cCalls++;
    try {
      return LuaCalls.first(LuaCalls.call(main, args));
    } catch (LuaError e) {
      if (e.getLuaTraceback() == null && !messageHandler(context, e)) {
        e.setLuaTraceback(DebugLibrary.uncaughtTraceback(e, this));
      }
      throw e;
    } catch (OutOfMemoryError e) {
      throw LuaError.outOfMemory();
    } finally {
      context.cCalls--;
      context.flush();
    }
  }

  /**
   * lua.c's message handler ({@code traceback}) where it does not append the usual traceback: a
   * string or number error gets {@code debug.traceback(msg, 2)}, looked up in the globals now, so
   * a program that removed {@code debug} or its {@code traceback} is reported without one, and a
   * replaced {@code debug.traceback} makes the report (called here, after the error unwound).
   * Returns whether it set {@link LuaError#setReport the report}; false leaves the builtin's
   * traceback to the caller.
   */
  @TruffleBoundary
  private static boolean messageHandler(LuaContext context, LuaError e) {
    Object value = e.getValue();
    if (!(value instanceof String) && !(value instanceof Double) || e.isErrErr()) {
      return false; // kept intact (lua.c prints "(error object is not a string)" or nothing)
    }
    Object handler;
    try {
      Object debug = LuaOps.index(context.globals, "debug", null, null);
      if (!(debug instanceof LuaTable)) {
        e.setReport(LuaOps.toStringOrNull(value));
        return true;
      }
      handler = LuaOps.index(debug, "traceback", null, null);
    } catch (LuaError inner) {
      e.setReport("error in error handling");
      return true;
    }
    if (!(handler instanceof LuaFunction f)) {
      e.setReport(LuaOps.toStringOrNull(value));
      return true;
    }
    if (f.isBuiltin() && "traceback".equals(f.getBuiltinName())) {
      return false;
    }
    // an error in the handler runs the message handler again, until the C stack limit
    for (int i = 0; i < LuaCalls.MAX_C_CALLS; i++) {
      try {
        Object[] r = LuaCalls.callArgs(f, value, 2.0);
        Object result = r.length == 0 ? LuaNil.NIL : r[0];
        e.setReport(
            result instanceof String || result instanceof Double
                ? LuaOps.toStringOrNull(result)
                : result == LuaNil.NIL ? LuaNil.NIL : "(error object is not a string)");
        return true;
      } catch (LuaError inner) {
        if (inner.isMemoryError() || inner.isErrErr()) {
          break;
        }
        inner.setWhere("", null, false);
        value = inner.getValue();
        if (!(value instanceof String) && !(value instanceof Double)) {
          e.setReport(value == LuaNil.NIL ? LuaNil.NIL : "(error object is not a string)");
          return true;
        }
      } catch (StackOverflowError inner) {
        break;
      }
    }
    e.setReport("error in error handling");
    return true;
  }

  @Override
  public boolean isInternal() {
    return true;
  }
}
