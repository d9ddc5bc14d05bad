package org.lunacy;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;
import java.io.IOException;
import java.io.OutputStream;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.runtime.LuaTable;

/** The state of one Lua "universe" (lua_State's global_State): globals, registry, streams. */
public final class LuaContext {
  private static final ContextReference<LuaContext> REFERENCE =
      ContextReference.create(LuaLanguage.class);

  public final LuaLanguage language;
  public final TruffleLanguage.Env env;
  /** The global table {@code _G} (LUA_GLOBALSINDEX), the environment of loaded chunks. */
  public LuaTable globals = new LuaTable();
  /** The registry (debug.getregistry). */
  public final LuaTable registry = new LuaTable(0, 2); // lua_newstate's luaH_new(L, 0, 2)
  /** The metatable shared by all strings ({@code __index = string}). */
  public LuaTable stringMetatable;
  /**
   * The metatables of the other basic types, set only by debug.setmetatable (G(L)->mt): numbers,
   * booleans, nil, functions and threads.
   */
  public LuaTable numberMetatable;

  public LuaTable booleanMetatable;
  public LuaTable nilMetatable;
  public LuaTable functionMetatable;
  public LuaTable threadMetatable;
  /** Current depth of nested Lua calls (for "stack overflow"). */
  public int depth;
  /** The depth past which a Lua call raises "stack overflow" (see LuaFunctionRootNode). */
  public int depthLimit = org.lunacy.nodes.LuaFunctionRootNode.FIRST_MAX_DEPTH;
  /**
   * Activations on the stack that are running their own tail call (see LuaCallNode#executeTail):
   * for the Lua program they are gone, each one a "(tail call)" level.
   */
  public int hiddenTails;

  /** The main thread's debug.sethook state (a coroutine has its own). */
  public final org.lunacy.runtime.LuaHooks.State mainHook = new org.lunacy.runtime.LuaHooks.State();
  /** The line of the last line event of the running Lua function (traceexec's oldpc). */
  public int hookLine = -1;
  /** The node a running line hook was called from and the line it reported (see LuaStack). */
  public Object hookSite;

  public int hookSiteLine;
  /** Tail calls that led to the function being entered, for its hooks (see LuaHooks#tailCall). */
  public int hookTails;

  public Object hookTailSite;
  /** The activation that made that tail call, while a hook may be set (else null). */
  public Object hookTailFrame;
  public Object hookTailCaller;
  /** While a hook runs: the call that names the hooked level ({@code hookNamed}), or null. */
  public Object hookNameSite;

  public Object hookNamed;
  /**
   * While the call hook of a function entered by a tail call runs: that tail call. PUC replaces
   * the calling activation only after the hook, so the hook sees it as a level at that call.
   */
  public Object hookTailCallSite;

  public Object hookTailCallFrame;
  /**
   * While a "tail return" event of the function executing {@code hookTailsSite} runs: the tail
   * calls of its chain still to report, the "(tail call)" levels the hook sees (PUC counts down).
   */
  public Object hookTailsSite;

  public int hookTailsLeft;
  /** Whether a hook is running (PUC's allowhook is off). */
  public boolean inHook;
  /** The global table of the running thread (gt(L)): the main thread's is {@link #globals}. */
  public LuaTable threadGlobals() {
    org.lunacy.runtime.LuaCoroutine co = currentCoroutine;
    return co == null ? globals : co.globals;
  }

  /** The chains of tail calls builtins are running, outermost first (see LuaStack#asTailCall). */
  public final java.util.ArrayList<org.lunacy.runtime.LuaStack.TailSite> tailSites =
      new java.util.ArrayList<>();

  /** The running coroutine, null on the main thread. */
  public org.lunacy.runtime.LuaCoroutine currentCoroutine;
  /** Nesting of calls made from Java code (lua_State's nCcalls). */
  public int cCalls;
  /**
   * The running thread's error handler (lua_State's errfunc): the innermost xpcall's handler, or
   * null inside a pcall, in a coroutine's body and outside any protected call.
   */
  public Object errorHandler;
  /**
   * Whether the innermost protected call is a pcall: nothing reads the levels an error raised
   * then unwinds (no message handler, no dead coroutine, no uncaught traceback), so such errors
   * record no stack trace (see LuaError#untraced). xpcall and coroutine.resume set it back.
   */
  public boolean untracedErrors;
  /** Tables whose metatable had {@code __mode} when it was set (see LuaWeakTables). */
  public final java.util.List<java.lang.ref.WeakReference<LuaTable>> weakTables =
      new java.util.ArrayList<>();

  /** Whether a metatable got a {@code __mode} key after setmetatable used it (LuaWeakTables). */
  public boolean lateWeakModes;

  /** Userdata with a metatable, for their {@code __gc} (see LuaWeakTables.collect). */
  public final java.util.List<Object[]> finalizable = new java.util.ArrayList<>();

  /** xpcall handlers in progress, innermost last (see LuaStack.callHandler). */
  public final java.util.List<org.lunacy.runtime.LuaStack.HandlerSite> handlerSites =
      new java.util.ArrayList<>();

  /**
   * lua_close's io_gc for the files Lua left open (installed by the io library): pipes are
   * closed with pclose, which waits for their commands.
   */
  public Runnable closeOpenFiles = () -> {};

  /** fgets on C's stdin (installed by the io library, which owns its buffer): for debug.debug. */
  public java.util.function.IntFunction<String> stdinLine = size -> null;

  /**
   * glibc mktime's guess of the UTC offset (seconds east), the offset of its previous result: it
   * decides which of the two readings of an ambiguous local time mktime returns.
   */
  public final long[] mktimeGuess = {0};

  /** Whether a full collection is taking weak parts out of their tables (LuaWeakTables). */
  public volatile boolean collecting;
  /** What the Lua thread had allocated at the last JVM collection a full cycle ran. */
  public long allocatedAtCollection;
  /** collectgarbage("stop"): no automatic cycles until "restart" or a full collection. */
  public volatile boolean gcStopped;
  /** Runs collection cycles as the program allocates, once it has weak tables or finalizers. */
  public org.lunacy.runtime.LuaAutoCollector autoCollector;

  private volatile int gcPause = 200;
  private int gcStepMul = 200;
  /** Basic collector steps done in the current cycle (see collectgarbage "step"). */
  public double gcSteps;

  private final OutputStream out;
  /** --lua.FlushEachEvaluation: standard output is flushed after each chunk evaluated. */
  public final boolean flushEachEvaluation;

  public LuaContext(LuaLanguage language, TruffleLanguage.Env env) {
    this.language = language;
    this.env = env;
    this.out =
        new org.lunacy.builtins.io.StdoutBuffer(
            env.out(), env.getOptions().get(LuaOptions.LineBufferedStdout));
    this.flushEachEvaluation = env.getOptions().get(LuaOptions.FlushEachEvaluation);
  }

  public static LuaContext get(Node node) {
    return REFERENCE.get(node);
  }

  void initialize() {
    LuaBuiltins.install(this);
  }

  /** Standard output as Lua sees it (bytes; buffered, flushed at the end of each evaluation). */
  public OutputStream out() {
    return out;
  }

  /** Writes a Lua string (one char per byte) to standard output. */
  @TruffleBoundary
  public void write(String s) {
    write(s, 0, s.length());
  }

  /** The bytes of a string on their way to standard output, a block at a time. */
  private byte[] writeBuffer;

  /**
   * Writes the chars {@code [from, to)} of a Lua string to standard output, a block at a time, so
   * that a string of any length needs no copy of its own size.
   */
  @TruffleBoundary
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): one char -> one byte
  public void write(String s, int from, int to) {
    byte[] b = writeBuffer;
    if (b == null) {
      b = writeBuffer = new byte[8192];
    }
    try {
      for (int i = from; i < to; i += b.length) {
        int k = Math.min(b.length, to - i);
        s.getBytes(i, i + k, b, 0);
        out.write(b, 0, k);
      }
    } catch (IOException e) {
      // like C stdio, output errors are not raised by print
    }
  }

  /** collectgarbage("setpause"/"setstepmul"): stores the value, returns the previous one. */
  public int gcParameter(String which, int value) {
    int old;
    if (which.equals("setpause")) {
      old = gcPause;
      gcPause = value;
    } else {
      old = gcStepMul;
      gcStepMul = value;
    }
    return old;
  }

  public int gcPause() {
    return gcPause;
  }

  public int gcStepMul() {
    return gcStepMul;
  }

  @TruffleBoundary
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      // ignore, as fflush failures at exit are
    }
  }
}
