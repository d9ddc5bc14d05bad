package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayList;
import java.util.List;
import org.lunacy.LuaContext;

/**
 * A Lua error in flight: {@code error(v)}, a runtime error or a library error. {@link #value} is
 * the Lua error value (any Lua value; a string for every error the runtime raises itself).
 *
 * <p>To other languages it is an exception object with one member, {@code type}: the Lua type name
 * of the error value (so a host such as the launcher can tell {@code error(nil)} and {@code
 * error({})} from string messages).
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaError extends AbstractTruffleException {
  private static final long serialVersionUID = 1L;

  private Object value;
  /** Set while the message still lacks the "chunk:line:" of the Lua code that called a builtin. */
  private boolean needsWhere;
  /** For argument errors (luaL_argerror): the argument number, its message, the builtin name. */
  private int argIndex;
  private String argExtra;
  private String argFname;
  /**
   * The traceback captured where the error was raised, for the launcher; may be null, and empty
   * for a memory error.
   */
  private String luaTraceback;
  /**
   * The nodes that called metamethods this error passed through, innermost first: where Truffle's
   * stack trace has no location for such a call, they give the level its line.
   */
  private List<Node> metaSites;

  public LuaError(Object value, Node location) {
    super(value instanceof String s ? s : null, location);
    this.value = value;
  }

  public LuaError(Object value) {
    this(value, null);
  }

  private LuaError(Object value, Node location, int stackTraceLimit) {
    super(value instanceof String s ? s : null, null, stackTraceLimit, location);
    this.value = value;
  }

  /**
   * An error with value {@code value} raised by running Lua code (a context is entered); when only
   * a pcall can catch it ({@link LuaContext#untracedErrors}), Truffle records none of the frames it
   * unwinds, which makes deep errors ("stack overflow" 20000 levels down) cheap.
   */
  @TruffleBoundary
  public static LuaError untraced(Object value, Node location) {
    boolean untraced = LuaContext.get(null).untracedErrors;
    return new LuaError(value, location, untraced ? 0 : UNLIMITED_STACK_TRACE);
  }

  public Object getValue() {
    return value;
  }

  /** luaD_call's errors: 1 for "C stack overflow", 2 for LUA_ERRERR past the limit; else 0. */
  private int callLimit;

  /**
   * "C stack overflow" (luaD_call reaching LUAI_MAXCCALLS), or with {@code errErr} the LUA_ERRERR
   * thrown when calls made past that limit (by a message handler) go on nesting.
   */
  @TruffleBoundary
  public static LuaError callLimit(String where, boolean errErr) {
    LuaError e = new LuaError(errErr ? "error in error handling" : where + "C stack overflow");
    e.callLimit = errErr ? 2 : 1;
    return e;
  }

  /** Whether this is the "C stack overflow" of a call that reached the limit. */
  public boolean isCStackOverflow() {
    return callLimit == 1;
  }

  /** Whether this is LUA_ERRERR: message handlers are not called for it. */
  public boolean isErrErr() {
    return callLimit == 2;
  }

  public boolean needsWhere() {
    return needsWhere;
  }

  /**
   * Completes a builtin's error once the calling Lua code is known: prefixes the position
   * (luaL_where) and, for argument errors, names the function as the call site does (getfuncname)
   * and shifts the argument number for method calls, as luaL_argerror does.
   */
  @TruffleBoundary
  public void setWhere(String where, String calleeName, boolean method) {
    if (!needsWhere) {
      return;
    }
    needsWhere = false;
    if (argIndex > 0) {
      int n = argIndex;
      String name = calleeName != null ? calleeName : "?";
      String msg;
      if (method && --n == 0) {
        msg = "calling '" + name + "' on bad self (" + argExtra + ")";
      } else {
        msg = "bad argument #" + n + " to '" + name + "' (" + argExtra + ")";
      }
      value = where + msg;
    } else if (value instanceof String s) {
      value = where + s;
    }
  }

  /** The builtin's own name for an argument error, when no call site names it. */
  public String getArgFunctionName() {
    return argFname;
  }

  /** Records that this error left a metamethod called from {@code site}. */
  @TruffleBoundary
  public void addMetaSite(Node site) {
    if (metaSites == null) {
      metaSites = new ArrayList<>(2);
    }
    metaSites.add(site);
  }

  /**
   * The chains of tail calls run by builtins that this error left, innermost first: the root of
   * the function the chain's last call entered, and how many tail calls the chain had made.
   */
  private List<TailChain> tailChains;

  private record TailChain(RootNode callee, int tails) {}

  /** Records that this error left the {@code tails}-th tail call of a builtin's chain. */
  @TruffleBoundary
  public void addTailChain(RootNode callee, int tails) {
    if (tailChains == null) {
      tailChains = new ArrayList<>(2);
    }
    tailChains.add(new TailChain(callee, tails));
  }

  /**
   * How many tail calls a builtin's chain made to enter {@code callee}, taking that record; 0 if
   * none is left.
   */
  public int takeTailChain(RootNode callee) {
    if (tailChains != null) {
      for (int i = 0; i < tailChains.size(); i++) {
        TailChain c = tailChains.get(i);
        if (c.callee() == callee) {
          tailChains.remove(i);
          return c.tails();
        }
      }
    }
    return 0;
  }

  /** The metamethod call sites this error left, innermost first (never null). */
  public List<Node> getMetaSites() {
    return metaSites == null ? List.of() : metaSites;
  }

  public String getLuaTraceback() {
    return luaTraceback;
  }

  public void setLuaTraceback(String traceback) {
    this.luaTraceback = traceback;
  }

  /**
   * What lua.c's message handler left in place of the error when it did not append the standard
   * traceback (a program that removed or replaced {@code debug.traceback}): the text to report, or
   * nil for none. Null when the handler made the usual traceback.
   */
  private Object report;

  public void setReport(Object report) {
    this.report = report;
  }

  public Object getReportOrNull() {
    return report;
  }

  @Override
  public String getMessage() {
    return value instanceof String s ? s : LuaTypes.errorObjectMessage(value);
  }

  /**
   * An error raised by a builtin (luaL_error): the message is prefixed with the position of the Lua
   * code that called the builtin, as PUC's {@code luaL_where(L, 1)} does.
   */
  @TruffleBoundary
  public static LuaError error(String message) {
    LuaError e = new LuaError(message);
    e.needsWhere = true;
    return e;
  }

  /**
   * {@link #untraced} with the position of the Lua code that called the builtin raising it, as
   * {@link #error(String)}: {@code error(message, 1)}, whose luaL_where(L, 1) is luaL_error's.
   */
  @TruffleBoundary
  public static LuaError untracedAtCaller(String message) {
    LuaError e = untraced(message, null);
    e.needsWhere = true;
    return e;
  }

  /**
   * "stack overflow" (luaD_growCI), raised by the call that would go past the depth limit before
   * its function starts: as in lua5.1 the error belongs to the caller, so the levels it unwound
   * start at the caller (see LuaStack#errorLevels).
   */
  @TruffleBoundary
  public static LuaError stackOverflow() {
    LuaError e = untraced("stack overflow", null);
    e.needsWhere = true;
    e.callSetup = true;
    return e;
  }

  /** Whether this is a "stack overflow" raised as a call began, see {@link #stackOverflow()}. */
  private boolean callSetup;

  public boolean isCallSetupError() {
    return callSetup;
  }

  /** lua5.1's MEMERRMSG, the message of every memory error. */
  public static final String MEMORY_MESSAGE = "not enough memory";

  /** Whether this is a memory error (LUA_ERRMEM), see {@link #outOfMemory()}. */
  private boolean memory;

  /**
   * A memory error (LUA_ERRMEM): a string too long for the JVM, or a {@link OutOfMemoryError}
   * caught by a protected call. Its message is always "not enough memory", with no position, and
   * no message handler sees it: xpcall returns the message, and an uncaught one is reported with
   * no traceback (lua.c's traceback function is not called either).
   */
  @TruffleBoundary
  public static LuaError outOfMemory() {
    LuaError e = new LuaError(MEMORY_MESSAGE);
    e.memory = true;
    e.luaTraceback = ""; // the launcher's mark of a memory error, wherever it leaves Lua
    return e;
  }

  public boolean isMemoryError() {
    return memory;
  }

  /**
   * The longest string Lunacy makes: about what a Java string holds (PUC's limit is MAX_SIZET). A
   * longer result is a memory error, as lua5.1's is when its allocation fails.
   */
  public static final long MAX_STRING_LENGTH = Integer.MAX_VALUE - 16;

  /** Raises a memory error if a string of {@code length} chars cannot be made. */
  public static void checkStringLength(long length) {
    if (length > MAX_STRING_LENGTH) {
      throw outOfMemory();
    }
  }

  /** {@code bad argument #arg to 'fname' (extramsg)} (luaL_argerror). */
  @TruffleBoundary
  public static LuaError argError(int arg, String fname, String extramsg) {
    LuaError e = error("bad argument #" + arg + " to '" + fname + "' (" + extramsg + ")");
    e.argIndex = arg;
    e.argExtra = extramsg;
    e.argFname = fname;
    return e;
  }

  /** {@code bad argument #arg to 'fname' (expected expected, got typename)} (luaL_typerror). */
  @TruffleBoundary
  public static LuaError typeError(int arg, String fname, String expected, Object got) {
    return argError(arg, fname, expected + " expected, got " + LuaTypes.typeName(got));
  }

  /** An error whose message is already complete (runtime errors carry their own position). */
  @TruffleBoundary
  public static LuaError raw(String message, Node location) {
    return new LuaError(message, location);
  }

  // ---------------------------------------------------------------- interop

  private static final String TYPE_MEMBER = "type";
  /**
   * The "stack traceback:" text of an error that left the top level (see LuaTopLevelRootNode);
   * empty for a memory error, which lua.c reports without one.
   */
  private static final String TRACEBACK_MEMBER = "traceback";

  /** What to report instead of message and traceback (see {@link #setReport}): text or nil. */
  private static final String REPORT_MEMBER = "report";

  @ExportMessage
  boolean hasMembers() {
    return true;
  }

  @ExportMessage
  @TruffleBoundary
  Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
    java.util.List<Object> names = new java.util.ArrayList<>(3);
    names.add(TYPE_MEMBER);
    if (luaTraceback != null) {
      names.add(TRACEBACK_MEMBER);
    }
    if (report != null) {
      names.add(REPORT_MEMBER);
    }
    return new LuaInteropArray(names.toArray());
  }

  @ExportMessage
  boolean isMemberReadable(String member) {
    return TYPE_MEMBER.equals(member)
        || (TRACEBACK_MEMBER.equals(member) && luaTraceback != null)
        || (REPORT_MEMBER.equals(member) && report != null);
  }

  @ExportMessage
  @TruffleBoundary
  Object readMember(String member) throws UnknownIdentifierException {
    if (TYPE_MEMBER.equals(member)) {
      return LuaTypes.typeName(value);
    }
    if (TRACEBACK_MEMBER.equals(member) && luaTraceback != null) {
      return luaTraceback;
    }
    if (REPORT_MEMBER.equals(member) && report != null) {
      return report;
    }
    throw UnknownIdentifierException.create(member);
  }
}
