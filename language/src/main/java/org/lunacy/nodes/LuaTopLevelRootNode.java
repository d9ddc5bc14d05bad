package org.lunacy.nodes;

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
      Object result = LuaCalls.first(LuaCalls.call(main, args));
      // the output of a chunk that ended in an error stays buffered (until the next flush or
      // the end of the context), and with --lua.FlushEachEvaluation=false so does any chunk's:
      // lua.c's stdout into a pipe or file is flushed when its buffer fills or at exit
      if (context.flushEachEvaluation) {
        context.flush();
      }
      return result;
    } catch (LuaError e) {
      if (e.getLuaTraceback() == null
          && e.getReportOrNull() == null
          && !LuaCalls.uncaughtMessageHandler(context, e)) {
        e.setLuaTraceback(DebugLibrary.uncaughtTraceback(e, this));
      }
      throw e;
    } catch (OutOfMemoryError e) {
      throw LuaError.outOfMemory();
    } finally {
      context.cCalls--;
    }
  }

  @Override
  public boolean isInternal() {
    return true;
  }
}
