package org.lunacy.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.Arrays;
import org.lunacy.LuaContext;
import org.lunacy.nodes.control.LuaBlockNode;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaYield;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaTable;

/**
 * The root of a Lua function (a Proto with its call setup, luaD_precall): binds parameters to
 * frame slots (captured ones into fresh cells), keeps the extra arguments for {@code ...}, builds
 * the 5.1 {@code arg} table for vararg functions that never use {@code ...}, and runs the body.
 */
public final class LuaFunctionRootNode extends LuaRootNode {
  /** Lua calls nested deeper than this raise "stack overflow" (LUAI_MAXCALLS is 20000). */
  public static final int MAX_DEPTH = 19990;

  private static final Object[] NO_VALUES = new Object[0];

  @Child private LuaBlockNode body;
  @CompilerDirectives.CompilationFinal(dimensions = 1)
  private final LuaLocalVar[] params;

  private final int varargSlot;
  private final LuaLocalVar argVar;
  private final boolean usesVarargs;
  private final int lineDefined;
  private final int lastLineDefined;
  private final boolean main;
  /** Whether a coroutine has continued an activation of this function: compiles that path. */
  @CompilerDirectives.CompilationFinal private boolean everResumed;
  private String chunkName;
  private String[] upvalueNames;

  public LuaFunctionRootNode(
      TruffleLanguage<?> language,
      FrameDescriptor descriptor,
      LuaBlockNode body,
      LuaLocalVar[] params,
      int varargSlot,
      LuaLocalVar argVar,
      boolean usesVarargs,
      String name,
      String chunkId,
      Source source,
      SourceSection section,
      int lineDefined,
      int lastLineDefined,
      boolean main) {
    super(language, descriptor, name, chunkId, source, section);
    this.body = body;
    this.params = params;
    this.varargSlot = varargSlot;
    this.argVar = argVar;
    this.usesVarargs = usesVarargs;
    this.lineDefined = lineDefined;
    this.lastLineDefined = lastLineDefined;
    this.main = main;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    LuaContext context = LuaContext.get(this);
    Object[] args = frame.getArguments();
    LuaCoroutine resumed = null;
    if (args.length == 2 && args[1] == LuaCoroutine.RESUME) {
      if (!everResumed) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        everResumed = true;
      }
      resumed = context.currentCoroutine;
      restoreFrame(frame, resumed);
    } else {
      bindArguments(frame);
    }
    if (++context.depth > MAX_DEPTH) {
      context.depth--;
      throw stackOverflow();
    }
    try {
      Object result = resumed != null ? body.resume(frame, resumed) : body.execute(frame);
      return result == null ? NO_VALUES : result;
    } catch (LuaYield y) {
      // the yield stops here: the caller gets it as this call's result and unwinds on
      saveFrame(frame, y);
      return y;
    } catch (StackOverflowError e) {
      throw stackOverflow();
    } finally {
      context.depth--;
    }
  }

  /**
   * Saves the locals of a yielding activation in this root's record: the values, and which
   * slots hold primitive doubles. Copied slot by slot rather than materializing the frame, so
   * the frame stays virtual in compiled code.
   */
  @ExplodeLoop
  private void saveFrame(VirtualFrame frame, LuaYield y) {
    int n = getFrameDescriptor().getNumberOfSlots();
    Object[] values = new Object[n];
    byte[] tags = new byte[n];
    for (int i = 0; i < n; i++) {
      byte tag = frame.getTag(i);
      tags[i] = tag;
      if (tag == FrameSlotKind.Double.tag) {
        values[i] = frame.getDouble(i);
      } else if (tag == FrameSlotKind.Object.tag) {
        values[i] = frame.getObject(i);
      }
    }
    y.push(this, 0, values, tags, null);
  }

  /** A resumed activation gets back the locals it had when its coroutine yielded. */
  @ExplodeLoop
  private void restoreFrame(VirtualFrame frame, LuaCoroutine co) {
    LuaYield.Record r = co.pop(this);
    Object[] values = (Object[]) r.a;
    byte[] tags = (byte[]) r.b;
    int n = getFrameDescriptor().getNumberOfSlots();
    for (int i = 0; i < n; i++) {
      byte tag = tags[i];
      if (tag == FrameSlotKind.Double.tag) {
        frame.setDouble(i, (Double) values[i]);
      } else if (tag == FrameSlotKind.Object.tag) {
        frame.setObject(i, values[i]);
      }
    }
  }

  private LuaError stackOverflow() {
    CompilerDirectives.transferToInterpreterAndInvalidate();
    return LuaError.error("stack overflow");
  }

  @ExplodeLoop
  private void bindArguments(VirtualFrame frame) {
    Object[] args = frame.getArguments();
    int n = args.length - 1;
    for (int i = 0; i < params.length; i++) {
      Object v = i < n ? args[i + 1] : LuaNil.NIL;
      LuaLocalVar p = params[i];
      frame.setObject(p.slot, p.captured ? new LuaCell(v) : v);
    }
    if (varargSlot >= 0) {
      Object[] varargs =
          n > params.length ? Arrays.copyOfRange(args, params.length + 1, args.length) : NO_VALUES;
      frame.setObject(varargSlot, varargs);
      if (argVar != null) {
        Object argValue = LuaNil.NIL;
        if (!usesVarargs) {
          argValue = makeArgTable(varargs);
        }
        frame.setObject(argVar.slot, argVar.captured ? new LuaCell(argValue) : argValue);
      }
    }
  }

  @CompilerDirectives.TruffleBoundary
  private static LuaTable makeArgTable(Object[] varargs) {
    LuaTable t = new LuaTable(varargs.length, 1);
    for (int i = 0; i < varargs.length; i++) {
      t.rawsetInt(i + 1, varargs[i]);
    }
    t.rawset("n", (double) varargs.length);
    return t;
  }

  @Override
  public boolean isLua() {
    return true;
  }

  public boolean isMain() {
    return main;
  }

  public String getChunkName() {
    return chunkName;
  }

  public String[] getUpvalueNames() {
    return upvalueNames;
  }

  public void setNames(String chunkName, String[] upvalueNames) {
    this.chunkName = chunkName;
    this.upvalueNames = upvalueNames;
  }

  public int getLineDefined() {
    return lineDefined;
  }

  public int getLastLineDefined() {
    return lastLineDefined;
  }

  @Override
  public String toString() {
    return getName();
  }
}
