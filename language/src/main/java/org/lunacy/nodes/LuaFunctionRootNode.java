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
import org.lunacy.nodes.lbbv.LuaReturnProfile;
import org.lunacy.nodes.lbbv.LuaType;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaStack;
import org.lunacy.runtime.LuaYield;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaTailCall;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaTable;

/**
 * The root of a Lua function (a Proto with its call setup, luaD_precall): binds parameters to
 * frame slots (captured ones into fresh cells), keeps the extra arguments for {@code ...}, builds
 * the 5.1 {@code arg} table for vararg functions that never use {@code ...}, and runs the body.
 */
public final class LuaFunctionRootNode extends LuaRootNode {
  /**
   * Lua calls nested deeper than this raise "stack overflow" once one has been raised: lua5.1 then
   * keeps its CallInfo array at LUAI_MAXCALLS (20000) entries.
   */
  public static final int MAX_DEPTH = 19997;
  /**
   * The limit before the first "stack overflow": lua5.1's CallInfo array grows by doubling, and
   * growing it past 16384 entries is past LUAI_MAXCALLS.
   */
  public static final int FIRST_MAX_DEPTH = 16381;

  private static final Object[] NO_VALUES = new Object[0];

  @Child private LuaStatementNode body;
  @CompilerDirectives.CompilationFinal(dimensions = 1)
  private final LuaLocalVar[] params;

  private final int varargSlot;
  private final LuaLocalVar argVar;
  private final boolean usesVarargs;
  private final int lineDefined;
  private final int lastLineDefined;
  private final boolean main;
  private final int resumeSlot;
  /** The auxiliary frame slot where a call's tail call chain counts its calls (see LuaStack). */
  private final int tailsSlot;
  /** What this function's calls return first (shared by its closures and copies). */
  private final LuaReturnProfile returnProfile = new LuaReturnProfile();
  /**
   * Whether a coroutine has continued an activation of this function. Until then, compiled code
   * has no resume path and deoptimizes when one is needed.
   */
  @CompilerDirectives.CompilationFinal private boolean resumed;
  /** Whether a call of this function has raised "stack overflow" (see stackOverflow). */
  @CompilerDirectives.CompilationFinal private boolean overflowed;
  private String chunkName;
  private String[] upvalueNames;

  public LuaFunctionRootNode(
      TruffleLanguage<?> language,
      FrameDescriptor descriptor,
      LuaStatementNode body,
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
    this.resumeSlot = descriptor.findOrAddAuxiliarySlot(LuaCoroutine.RESUME);
    this.tailsSlot = descriptor.findOrAddAuxiliarySlot(LuaStack.TAILS);
  }

  @Override
  public Object execute(VirtualFrame frame) {
    LuaContext context = LuaContext.get(this);
    Object[] args = frame.getArguments();
    if (args.length == 2 && args[1] == LuaCoroutine.RESUME) {
      if (!resumed) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        resumed = true;
      }
      LuaCoroutine co = context.currentCoroutine;
      restoreFrame(frame, co);
      // the nodes on the way to the yield see it and continue from their records
      frame.setAuxiliarySlot(resumeSlot, co);
    } else {
      bindArguments(frame);
    }
    if (++context.depth > context.depthLimit) {
      context.depth--;
      context.depthLimit = MAX_DEPTH;
      throw stackOverflow(true);
    }
    int hookLine = 0;
    Object tails = null;
    boolean hooks = LuaHooks.enabled();
    if (hooks) {
      hookLine = LuaHooks.saveLine();
      if (args.length != 2 || args[1] != LuaCoroutine.RESUME) {
        tails = LuaHooks.call(body, true);
      } else {
        tails = LuaHooks.resume(context.currentCoroutine);
      }
    }
    try {
      // a resumed activation runs the same code: its nodes continue from their records
      Object result = body.execute(frame);
      if (body.completesWithYield(result)) {
        return suspended(frame, (LuaYield) result, tails);
      }
      if (LuaHooks.enabled() && !(result instanceof LuaTailCall)) {
        returnHook(result, tails);
      }
      if (result == null) {
        // the body ran to its end: no values, so a call gives nil
        if (!returnProfile.holds(LuaType.NIL)) {
          returnProfile.widen(LuaType.NIL);
        }
        return NO_VALUES;
      }
      return result;
    } catch (StackOverflowError e) {
      throw stackOverflow(false);
    } finally {
      context.depth--;
      if (hooks) {
        LuaHooks.restoreLine(hookLine);
      }
    }
  }

  /** The yield stops here: the caller gets it as this call's result and unwinds on. */
  private LuaYield suspended(VirtualFrame frame, LuaYield y, Object tails) {
    saveFrame(frame, y);
    if (LuaHooks.enabled()) {
      LuaHooks.suspend(y.coroutine, tails);
    }
    return y;
  }

  /**
   * The hooks of a return: the line of 'end' when the body ran to its end, then "return", then a
   * "tail return" for each tail call that led here.
   */
  private void returnHook(Object result, Object tails) {
    if (result == null) {
      LuaHooks.line(body, lastLineDefined);
    }
    LuaHooks.ret(body);
    LuaHooks.tailReturns(body, tails);
  }

  /** The locals a call starts with (debug.getlocal): the parameters, then {@code arg}. */
  public LuaLocalVar[] getParameterLocals() {
    if (argVar == null) {
      return params;
    }
    LuaLocalVar[] all = Arrays.copyOf(params, params.length + 1);
    all[params.length] = argVar;
    return all;
  }

  public LuaReturnProfile getReturnProfile() {
    return returnProfile;
  }

  /** Whether a coroutine has continued an activation of this function (see LuaNode#resuming). */
  public boolean isResumed() {
    return resumed;
  }

  /**
   * The auxiliary frame slot that holds the coroutine while a resumed activation is on its way
   * back to the call that yielded; empty otherwise, so in compiled code the checks of a fresh
   * activation fold away.
   */
  public int getResumeSlot() {
    return resumeSlot;
  }

  public int getTailsSlot() {
    return tailsSlot;
  }

  /**
   * Saves the locals of a yielding activation on its coroutine's slot stack, slot by slot rather
   * than by materializing the frame, so the frame stays virtual in compiled code. Lua locals are
   * objects, and the numeric {@code for} keeps its control values as primitive doubles.
   */
  @ExplodeLoop
  private void saveFrame(VirtualFrame frame, LuaYield y) {
    LuaCoroutine co = y.coroutine;
    int n = getFrameDescriptor().getNumberOfSlots();
    int base = co.pushSlots(n);
    for (int i = 0; i < n; i++) {
      byte tag = frame.getTag(i);
      if (tag == FrameSlotKind.Double.tag) {
        co.setPrimitiveSlot(base + i, tag, Double.doubleToRawLongBits(frame.getDouble(i)));
      } else if (tag == FrameSlotKind.Object.tag) {
        co.setSlot(base + i, tag, frame.getObject(i));
      } else {
        co.setSlot(base + i, tag, null);
      }
    }
    y.push(this, 0);
  }

  /** A resumed activation gets back the locals it had when its coroutine yielded. */
  @ExplodeLoop
  private void restoreFrame(VirtualFrame frame, LuaCoroutine co) {
    co.pop(this);
    int n = getFrameDescriptor().getNumberOfSlots();
    int base = co.popSlots(n);
    for (int i = 0; i < n; i++) {
      byte tag = co.slotTag(base + i);
      if (tag == FrameSlotKind.Double.tag) {
        frame.setDouble(i, Double.longBitsToDouble(co.slotPrimitive(base + i)));
      } else if (tag == FrameSlotKind.Object.tag) {
        frame.setObject(i, co.takeSlotObject(base + i));
      }
    }
  }

  /**
   * "stack overflow" (luaD_growCI past LUAI_MAXCALLS). The first one invalidates compiled code
   * that lacks this path; later ones raise it from compiled code, so a program that overflows
   * over and over (pcall in a loop) keeps its recursion compiled.
   */
  private LuaError stackOverflow(boolean callSetup) {
    if (!overflowed) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      overflowed = true;
    }
    return newStackOverflow(callSetup);
  }

  /**
   * With {@code callSetup}, this call went past the depth limit; else the Java stack ran out
   * somewhere in the body.
   */
  @CompilerDirectives.TruffleBoundary
  private static LuaError newStackOverflow(boolean callSetup) {
    return callSetup ? LuaError.stackOverflow() : LuaError.error("stack overflow");
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

  /**
   * An error's stack trace keeps the frames it unwound: an xpcall message handler, which PUC
   * calls before unwinding, reads their locals (debug.getlocal) through them.
   */
  @Override
  protected boolean isCaptureFramesForTrace(boolean compiledFrame) {
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

  /**
   * What string.dump keeps of a function: its source text from right after the parameter list
   * to its {@code end} ({@code start}..{@code end} of {@code code}, starting on {@code line}), its
   * parameters and whether it is vararg; the whole text of a main chunk.
   */
  public record Text(
      String code, int start, int end, int line, java.util.List<String> params, boolean vararg) {}

  private Text text;

  public Text getText() {
    return text;
  }

  public void setText(Text text) {
    this.text = text;
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
