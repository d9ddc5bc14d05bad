package org.lunacy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.lunacy.LuaContext;
import org.lunacy.nodes.LuaNode;

/**
 * Debug hooks (debug.sethook, ldo.c's luaD_callhook and lvm.c's traceexec). The interpreter calls
 * in here only when {@link #enabled()}: while no context has a hook, that is an assumption that
 * compiled code folds away, so hooks cost nothing until one is set.
 *
 * <p>Events: "call" when a function starts (Lua functions and builtins called through their
 * root), "return" when it returns normally, one "tail return" per tail call of a chain once its
 * last function returns, "line" when a statement starts on a new line of its function or a loop
 * jumps back, and "count" every {@code count} statements (PUC counts instructions).
 */
public final class LuaHooks {
  private LuaHooks() {}

  public static final int MASK_CALL = 1;
  public static final int MASK_RET = 2;
  public static final int MASK_LINE = 4;
  public static final int MASK_COUNT = 8;

  @CompilationFinal private static Assumption noHooks = newAssumption();

  /** Contexts whose hook is set. */
  private static int hooked;

  private static Assumption newAssumption() {
    return Truffle.getRuntime().createAssumption("no debug hooks");
  }

  /** Whether some context may have a hook: false (and constant) in compiled code until then. */
  public static boolean enabled() {
    return !noHooks.isValid();
  }

  /** The hook of one thread: lua_sethook's hook, mask and counts, and the hook table's entry. */
  public static final class State {
    /** The hook function while the mask is not empty, else null. */
    public Object function;
    /** What debug.gethook returns: the function last given to debug.sethook. */
    public Object stored;

    public int mask;
    public int count;
    int counter;
  }

  /** The hook state of the running thread. */
  public static State current(LuaContext ctx) {
    return ctx.currentCoroutine == null ? ctx.mainHook : ctx.currentCoroutine.hook;
  }

  /** debug.sethook on thread state {@code h}: {@code fn} null clears the hook. */
  @TruffleBoundary
  public static synchronized void set(State h, Object fn, int mask, int count) {
    boolean had = h.function != null;
    h.stored = fn;
    if (count > 0) {
      mask |= MASK_COUNT;
    }
    if (fn == null || mask == 0) {
      fn = null;
      mask = 0;
    }
    h.function = fn;
    h.mask = mask;
    h.count = count;
    h.counter = count;
    if (fn != null && !had) {
      hooked++;
      noHooks.invalidate();
    } else if (fn == null && had && --hooked == 0) {
      noHooks = newAssumption();
    }
  }

  /**
   * The "call" event of a function that has just been entered (its root is {@code site}'s); a Lua
   * function's first line event always fires.
   */
  @TruffleBoundary
  public static Object call(Node site, boolean lua) {
    LuaContext ctx = LuaContext.get(null);
    if (lua) {
      ctx.hookLine = -1;
    }
    // a function entered by a tail call: named by that call (the tail call is not done yet in
    // PUC when its call hook runs), and its return reports the chain's tail returns
    Object tails = null;
    Object named = null;
    Frame callerFrame = null;
    if (ctx.hookTails > 0) {
      tails = new TailChain(ctx.hookTails, ctx.hookTailCaller);
      named = ctx.hookTailSite;
      callerFrame = (Frame) ctx.hookTailFrame;
      ctx.hookTails = 0;
      ctx.hookTailSite = null;
      ctx.hookTailCaller = null;
      ctx.hookTailFrame = null;
    }
    if ((current(ctx).mask & MASK_CALL) != 0 && !ctx.inHook) {
      ctx.hookTailCallSite = named;
      ctx.hookTailCallFrame = callerFrame;
      try {
        run(ctx, site, "call", null, lua ? firstLine(site) : -1, named);
      } finally {
        ctx.hookTailCallSite = null;
        ctx.hookTailCallFrame = null;
      }
    }
    return tails;
  }

  /** The tail calls that led to an activation and the call that started the chain. */
  private record TailChain(int count, Object caller) {}

  /**
   * A tail call is about to enter its function: {@code tails} calls so far in the chain that
   * {@code caller} started (null when a builtin did), {@code site} made this one in {@code
   * callerFrame}.
   */
  @TruffleBoundary
  public static void tailCall(Node site, Node caller, int tails, MaterializedFrame callerFrame) {
    LuaContext ctx = LuaContext.get(null);
    ctx.hookTails = tails;
    ctx.hookTailSite = site;
    ctx.hookTailFrame = callerFrame;
    ctx.hookTailCaller = caller;
  }

  /** The "return" event of a function about to return normally. */
  @TruffleBoundary
  public static void ret(Node site) {
    LuaContext ctx = LuaContext.get(null);
    if ((current(ctx).mask & MASK_RET) != 0) {
      boolean lua = site.getRootNode() instanceof org.lunacy.nodes.LuaFunctionRootNode;
      run(ctx, site, "return", null, lua ? ctx.hookLine : -1, null);
    }
  }

  /**
   * The "return" event of the host's C function that ran the program (lua.c's pmain, at the
   * bottom of the main thread's stack) as the program ends: the hook sees a C level with nothing
   * below it. An error in the hook is dropped: the program is over.
   */
  @TruffleBoundary
  public static void hostReturned(LuaContext ctx) {
    State h = ctx.mainHook;
    if (!enabled() || h.function == null || (h.mask & MASK_RET) == 0 || ctx.inHook) {
      return;
    }
    ctx.inHook = true;
    try {
      LuaCalls.callArgs(h.function, "return", LuaNil.NIL);
    } catch (LuaError e) {
      // lua.c would report it; the context is closing
    } finally {
      ctx.inHook = false;
    }
  }

  /** The argument that makes a builtin's root report its "return" event and return nothing. */
  public static final Object RETURN_EVENT = new Object();

  /**
   * The "return" event of a builtin that yielded (coroutine.yield), once its coroutine resumes:
   * reported from the builtin's own root, entered again just for it, as if called at {@code site}.
   */
  @TruffleBoundary
  public static void builtinReturned(Node site, LuaFunction builtin) {
    if ((current(LuaContext.get(null)).mask & MASK_RET) == 0) {
      return;
    }
    EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
    Node prev = ref.set(site);
    try {
      IndirectCallNode.getUncached().call(builtin.callTarget, builtin, RETURN_EVENT);
    } finally {
      ref.set(prev);
    }
  }

  /**
   * The "tail return" events of a chain of tail calls whose last function ({@code site}'s) has
   * just returned; the hook sees that function named by the call that started the chain in the
   * last one only (PUC counts the chain down: the frame still has tail calls in the others).
   */
  @TruffleBoundary
  public static void tailReturns(Node site, Object chain) {
    if (!(chain instanceof TailChain t)) {
      return;
    }
    LuaContext ctx = LuaContext.get(null);
    for (int i = 0; i < t.count() && (current(ctx).mask & MASK_RET) != 0; i++) {
      ctx.hookTailsSite = site;
      ctx.hookTailsLeft = t.count() - 1 - i;
      try {
        run(ctx, site, "tail return", null, ctx.hookLine, i == t.count() - 1 ? t.caller() : null);
      } finally {
        ctx.hookTailsSite = null;
      }
    }
  }

  /** The line the caller's function was at before a call: restored when the call returns. */
  public static int saveLine() {
    return LuaContext.get(null).hookLine;
  }

  public static void restoreLine(int line) {
    LuaContext.get(null).hookLine = line;
  }

  /**
   * A Lua activation of {@code co} is suspended: it keeps its last line and the tail calls that
   * led to it ({@link #call}'s result).
   */
  @TruffleBoundary
  public static void suspend(LuaCoroutine co, Object tails) {
    if (co.hookStates == null) {
      co.hookStates = new java.util.ArrayDeque<>();
    }
    co.hookStates.push(new Object[] {LuaContext.get(null).hookLine, tails});
  }

  /**
   * A Lua activation of the running coroutine continues: its last line comes back; returns the
   * tail calls that led to it.
   */
  @TruffleBoundary
  public static Object resume(LuaCoroutine co) {
    Object[] state = co.hookStates == null ? null : co.hookStates.poll();
    LuaContext.get(null).hookLine = state == null ? -1 : (Integer) state[0];
    return state == null ? null : state[1];
  }

  /** A statement starts: the count event, then its line event if its line is a new one. */
  @TruffleBoundary
  public static void statement(LuaNode stmt, int line) {
    LuaContext ctx = LuaContext.get(null);
    count(ctx, stmt);
    if (line > 0) {
      line(ctx, stmt, line, false);
    }
  }

  /** Code of {@code site} on {@code line} runs (a loop test, a closure, a store). */
  @TruffleBoundary
  public static void line(Node site, int line) {
    line(LuaContext.get(null), site, line, false);
  }

  /** Code of {@code site} runs on the line of its nearest enclosing node that has one. */
  @TruffleBoundary
  public static void lineAt(Node site) {
    for (Node n = site; n != null; n = n.getParent()) {
      if (n instanceof LuaNode ln && ln.getLine() > 0) {
        line(LuaContext.get(null), site, ln.getLine(), false);
        return;
      }
    }
  }

  /**
   * A loop of {@code site} jumps back: that is an instruction for the count hook (OP_FORLOOP,
   * OP_TFORLOOP, OP_JMP), and the next line event fires even if the line is the same.
   */
  @TruffleBoundary
  public static void jumpBack(Node site) {
    LuaContext ctx = LuaContext.get(null);
    count(ctx, site);
    ctx.hookLine = -1;
  }

  /** The test that ends a loop (OP_FORLOOP, OP_TFORLOOP): an instruction for the count hook. */
  @TruffleBoundary
  public static void loopExit(Node site) {
    count(LuaContext.get(null), site);
  }

  /** One more instruction for the count hook (a running hook does not count its own). */
  private static void count(LuaContext ctx, Node site) {
    State h = current(ctx);
    if ((h.mask & MASK_COUNT) != 0 && !ctx.inHook && --h.counter <= 0) {
      h.counter = h.count;
      run(ctx, site, "count", null, -1, null);
    }
  }

  private static void line(LuaContext ctx, Node site, int line, boolean force) {
    if (line <= 0 || ctx.inHook) {
      return;
    }
    if (force || line != ctx.hookLine) {
      ctx.hookLine = line;
      if ((current(ctx).mask & MASK_LINE) != 0) {
        run(ctx, site, "line", (double) line, line, null);
      }
    }
  }

  /**
   * Calls the hook; while it runs, the hooked function's level is at {@code siteLine} when that is
   * positive (the line an event reports, a function's first line at its call, its last one at its
   * return).
   */
  private static void run(
      LuaContext ctx, Node site, String event, Object arg, int siteLine, Object nameSite) {
    Object fn = current(ctx).function;
    if (fn == null || ctx.inHook || isInternal(site)) {
      return;
    }
    ctx.inHook = true;
    int line = ctx.hookLine;
    if (siteLine > 0) {
      ctx.hookSite = site;
      ctx.hookSiteLine = siteLine;
    }
    if (nameSite != null) {
      ctx.hookNameSite = nameSite;
      ctx.hookNamed = site;
    }
    EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
    Node prev = ref.set(site);
    try {
      if (arg == null) {
        LuaCalls.callArgs(fn, event, LuaNil.NIL);
      } else {
        LuaCalls.callArgs(fn, event, arg);
      }
    } finally {
      ref.set(prev);
      ctx.hookSite = null;
      ctx.hookNameSite = null;
      ctx.hookNamed = null;
      ctx.hookLine = line;
      ctx.inHook = false;
    }
  }

  /** Whether {@code site} is code of an internal source: no Lua level, so no hook events. */
  private static boolean isInternal(Node site) {
    com.oracle.truffle.api.nodes.RootNode root = site == null ? null : site.getRootNode();
    return root != null && root.isInternal();
  }

  /** The line of a function's first statement (or of its 'end'), from its body. */
  private static int firstLine(Node body) {
    Node n = body;
    while (n != null) {
      if (n instanceof org.lunacy.nodes.lbbv.LuaVersionedBlockNode vb) {
        n = vb.getTemplate();
      } else if (n instanceof org.lunacy.nodes.control.LuaBlockNode b) {
        if (b.getStatements().length == 0) {
          break;
        }
        org.lunacy.nodes.LuaStatementNode s = b.getStatements()[0];
        int l = org.lunacy.nodes.control.LuaBlockNode.startLine(s);
        if (l > 0) {
          return l;
        }
        n = s;
      } else if (n instanceof LuaNode ln && ln.getLine() > 0) {
        return ln.getLine();
      } else {
        break;
      }
    }
    return body.getRootNode() instanceof org.lunacy.nodes.LuaFunctionRootNode r
        ? r.getLastLineDefined()
        : -1;
  }

  /** debug.gethook's mask string (unmakemask). */
  public static String maskString(int mask) {
    StringBuilder sb = new StringBuilder();
    if ((mask & MASK_CALL) != 0) {
      sb.append('c');
    }
    if ((mask & MASK_RET) != 0) {
      sb.append('r');
    }
    if ((mask & MASK_LINE) != 0) {
      sb.append('l');
    }
    return sb.toString();
  }
}
