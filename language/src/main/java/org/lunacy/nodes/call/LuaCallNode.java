package org.lunacy.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.lunacy.LuaContext;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.access.LuaIndexNode;
import org.lunacy.nodes.expression.LuaVarargNode;
import org.lunacy.nodes.lbbv.LuaCallSite;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaHooks;
import org.lunacy.runtime.LuaTailCall;
import org.lunacy.runtime.LuaYield;

/**
 * A call expression {@code f(args)} or method call {@code o:m(args)} (OP_CALL, OP_SELF). Returns
 * all results with {@link #executeMulti}; finishes tail calls returned by the callee; names the
 * callee in errors ("attempt to call global 'f' (a nil value)") and completes builtins' errors
 * with this call's position and name.
 *
 * <p>A yield passing through records the phase: 0 evaluating the callee (or receiver), 1
 * evaluating argument {@code c} (with the callee, receiver and arguments so far), 2 inside the
 * call of callee {@code a}.
 */
public final class LuaCallNode extends LuaExpressionNode
    implements org.lunacy.runtime.LuaStack.TailDispatcher {
  private static final int PHASE_CALLEE = 0;
  private static final int PHASE_ARGS = 1;
  private static final int PHASE_CALL = 2;

  @Child private LuaExpressionNode function;
  /** For method calls: the receiver, and {@link #methodLookup} indexes it. */
  @Child private LuaExpressionNode receiver;

  @Child private LuaIndexNode methodLookup;
  @Children private final LuaExpressionNode[] arguments;
  @Child private LuaDispatchNode dispatch = LuaDispatchNodeGen.create();
  @Child private LuaDispatchNode tailDispatch;
  /** A tail call's own call of its callee (see {@link #executeTail}). */
  @Child private LuaDispatchNode hiddenDispatch;
  private final BranchProfile yieldProfile = BranchProfile.create();
  private final boolean lastMulti;
  /** How PUC names the callee in "attempt to call" errors ("global 'f'"), or null. */
  private final String calleeDesc;
  private final String calleeName;
  private final boolean tail;

  /** What this call (and every copy of it) has called: for block versions' speculation. */
  private final LuaCallSite site = new LuaCallSite();
  /**
   * Set in a block version that relies on this call's first result type: the callee whose
   * return profile guarantees it, and the assumption that no other function is called here
   * (invalidated, with the version, when one is).
   */
  @CompilationFinal private RootCallTarget expected;
  @CompilationFinal private Assumption expectedHolds;

  private LuaCallNode(
      LuaExpressionNode function,
      LuaExpressionNode receiver,
      LuaIndexNode methodLookup,
      LuaExpressionNode[] arguments,
      String calleeDesc,
      String calleeName,
      boolean tail) {
    this.function = function;
    this.receiver = receiver;
    this.methodLookup = methodLookup;
    this.arguments = arguments;
    this.lastMulti = arguments.length > 0 && arguments[arguments.length - 1].isMultiValued();
    this.calleeDesc = calleeDesc;
    this.calleeName = calleeName;
    this.tail = tail;
    this.selectShape = receiver == null && arguments.length == 2
        && arguments[1] instanceof LuaVarargNode
        && (arguments[0] instanceof org.lunacy.nodes.expression.LuaConstantNode
            || arguments[0] instanceof org.lunacy.nodes.local.LuaLocalReadNode);
  }

  public static LuaCallNode create(
      LuaExpressionNode function, LuaExpressionNode[] arguments, String desc, String name) {
    return new LuaCallNode(function, null, null, arguments, desc, name, false);
  }

  /** {@code receiver:name(args)}; {@code lookup} indexes the receiver's value. */
  public static LuaCallNode createMethod(
      LuaExpressionNode receiver, LuaIndexNode lookup, LuaExpressionNode[] arguments, String name) {
    return new LuaCallNode(null, receiver, lookup, arguments, "method '" + name + "'", name, false);
  }

  /** The same call in tail position: evaluates callee and arguments, returns a tail call. */
  public LuaCallNode asTailCall() {
    LuaCallNode tailCall =
        new LuaCallNode(function, receiver, methodLookup, arguments, calleeDesc, calleeName, true);
    tailCall.setLine(line);
    return tailCall;
  }

  public boolean isTail() {
    return tail;
  }

  public LuaCallSite getSite() {
    return site;
  }

  /**
   * Called by the block specializer: the version relies on the first result having the type
   * that the return profile of {@code target}, the one callee seen so far, promises. Returns the
   * assumption the version depends on for calls of other functions.
   */
  public Assumption expect(RootCallTarget target) {
    this.expected = target;
    this.expectedHolds = Truffle.getRuntime().createAssumption("call result type");
    return expectedHolds;
  }

  /** How the callee is named in errors and tracebacks ("global 'f'", "method 'm'"), or null. */
  @Override
  public String getCalleeDesc() {
    return calleeDesc;
  }

  /** Whether {@code site} (a frame's call node) is this call continuing with a tail call. */
  @Override
  public boolean isTailDispatchSite(Node site) {
    return org.lunacy.runtime.LuaStack.isWithin(site, tailDispatch, this);
  }

  @Override
  public boolean isHiddenTailSite(Node site) {
    return hiddenDispatch != null
        && org.lunacy.runtime.LuaStack.isWithin(site, hiddenDispatch, this);
  }

  /**
   * How many activations that run their own tail call may be on the stack at once; past that, a
   * tail call goes back to the caller of the chain, which runs it (and the stack stays bounded
   * however long a chain of tail calls runs).
   */
  public static final int MAX_HIDDEN_TAILS = 100;

  @Override
  public boolean isMultiValued() {
    return true;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    return LuaCalls.first(evaluate(frame, false, true));
  }

  @Override
  public Object[] executeMulti(VirtualFrame frame) {
    return LuaCalls.values(evaluate(frame, false, false));
  }

  /**
   * The call as a statement: null, or the {@link LuaYield} of a callee that yielded, returned
   * rather than thrown (the statement hands it on as its completion).
   */
  public LuaYield executeStatement(VirtualFrame frame) {
    return evaluate(frame, true, false) instanceof LuaYield y ? y : null;
  }

  /** The first value, or the {@link LuaYield} of a callee that yielded (see executeStatement). */
  public Object executeOrYield(VirtualFrame frame) {
    Object r = evaluate(frame, true, true);
    return r instanceof LuaYield ? r : LuaCalls.first(r);
  }

  private static final Object[] NO_VALUES = new Object[0];

  /** Marks the builtin {@code select} (its function's {@link LuaFunction#state}). */
  public static final Object SELECT = new Object();

  /**
   * {@code select(n, ...)} where {@code n} is a constant or a local (it cannot yield): run here
   * on the function's extra arguments as they are, without the argument array a call would copy
   * them into, nor the array of values it would return when only the first is used.
   */
  private final boolean selectShape;

  /**
   * {@code select(n, ...)} on this activation's extra arguments: its values as a call gives them
   * (one value when only the first is used), or null when the call itself must run (an index
   * that is not an integer or out of range, whose errors the builtin raises, or hooks).
   */
  private Object select(VirtualFrame frame, boolean single) {
    if (LuaHooks.enabled()) {
      return null;
    }
    Object a = arguments[0].execute(frame);
    Object[] values = ((LuaVarargNode) arguments[1]).values(frame);
    int k = values.length;
    if (a instanceof String s) {
      return s.startsWith("#") ? (Object) (double) k : null;
    }
    if (!(a instanceof Double d)) {
      return null;
    }
    int i = (int) d.doubleValue();
    if (i != d || i == 0) {
      return null;
    }
    if (i < 0) {
      i = k + 1 + i; // counts the index itself, as lua_gettop does
      if (i < 1) {
        return null;
      }
    }
    if (single) {
      return i <= k ? values[i - 1] : LuaNil.NIL;
    }
    return i <= k ? java.util.Arrays.copyOfRange(values, i - 1, k) : NO_VALUES;
  }

  private int offset() {
    return receiver != null ? 2 : 1;
  }

  /**
   * The call's values as {@link #call} gives them. Phases of a yield: 0 evaluating the callee
   * (or receiver), 1 evaluating argument {@code c} (with the callee {@code a} and the argument
   * array {@code b}), 2 inside the call of callee {@code a}. Every phase ends in the one dispatch in {@link #call}: a callee that yielded is
   * re-entered with the {@link LuaCoroutine#RESUME} marker through the same inline cache as its
   * calls, so compiled code holds one copy of an inlined callee.
   */
  private Object evaluate(VirtualFrame frame, boolean handOn, boolean single) {
    LuaCoroutine co = resuming(frame);
    int phase = co == null ? PHASE_CALLEE : resumePhase(co);
    Object fn;
    Object[] args;
    int resumedTails = 0;
    if (phase == PHASE_CALL) {
      fn = co.saved(0);
      Object tails = co.saved(1);
      resumed(frame);
      LuaFunction f = callee(fn);
      if (f.isBuiltin()) {
        // the builtin that yielded is coroutine.yield: it returns what the resume passed
        if (LuaHooks.enabled()) {
          LuaHooks.builtinReturned(this, f);
        }
        return co.transfer;
      }
      args = new Object[] {null, LuaCoroutine.RESUME};
      if (tails instanceof Integer n) {
        resumedTails = n;
      }
      fn = f;
    } else if (phase == PHASE_ARGS) {
      fn = co.saved(0);
      Object[] evaluated = (Object[]) co.saved(1);
      args = evaluateArguments(frame, fn, null, evaluated, (Integer) co.saved(2));
    } else {
      Object self = null;
      try {
        if (receiver != null) {
          self = receiver.execute(frame);
          fn = methodLookup.executeOn(self);
        } else {
          fn = function.execute(frame);
        }
      } catch (LuaYield y) {
        throw suspend(y, PHASE_CALLEE);
      }
      if (selectShape && fn instanceof LuaFunction f && f.state == SELECT) {
        Object r = select(frame, single);
        if (r != null) {
          if (CompilerDirectives.inInterpreter()) {
            site.called(fn); // as a call: block versions do not wait for it to return
          }
          return r;
        }
      }
      args = evaluateArguments(frame, fn, self, null, 0);
    }
    // one call for every phase: two would put two copies of an inlined callee in compiled code
    return call(frame, fn, args, handOn, resumedTails);
  }

  /**
   * For {@code return f(args)}: evaluates callee and arguments and returns the pending {@link
   * LuaTailCall}; a builtin runs right here (as PUC runs C functions in OP_TAILCALL), so its
   * errors name this position. Phases of a yield as in {@link #executeMulti}; only builtins run
   * inside this node, so phase 2 means {@code coroutine.yield}.
   *
   * <p>Outside coroutines and hooks, a Lua function is called right here too and its values are
   * returned: compiled code then inlines the callee like any call, where a pending call that
   * the caller performs is an allocation merged with the plain returns. The stack walks show
   * this activation, which the Lua program no longer has, as one "(tail call)" level (see
   * {@link org.lunacy.runtime.LuaStack#isHiddenTailFrame}); it does not count as a Lua call for
   * "stack overflow", and at most {@link #MAX_HIDDEN_TAILS} of them are on the stack at once.
   */
  public Object executeTail(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    int phase = co == null ? PHASE_CALLEE : resumePhase(co);
    Object fn;
    Object[] args;
    if (phase == PHASE_CALL) {
      resumed(frame);
      LuaFunction f = callee(co.saved(0));
      if (!f.isBuiltin()) {
        throw notResumable(this);
      }
      if (LuaHooks.enabled()) {
        LuaHooks.builtinReturned(this, f);
      }
      return co.transfer;
    } else if (phase == PHASE_ARGS) {
      fn = co.saved(0);
      Object[] evaluated = (Object[]) co.saved(1);
      args = evaluateArguments(frame, fn, null, evaluated, (Integer) co.saved(2));
    } else {
      Object self = null;
      try {
        if (receiver != null) {
          self = receiver.execute(frame);
          fn = methodLookup.executeOn(self);
        } else {
          fn = function.execute(frame);
        }
      } catch (LuaYield y) {
        throw suspend(y, PHASE_CALLEE);
      }
      args = evaluateArguments(frame, fn, self, null, 0);
    }
    // a builtin, or a builtin __call, runs here, through one call (one copy in compiled code)
    boolean here;
    if (fn instanceof LuaFunction f) {
      here = f.isBuiltin();
      LuaContext context = LuaContext.get(this);
      if (!here
          && context.hiddenTails < MAX_HIDDEN_TAILS
          && context.currentCoroutine == null
          && !LuaHooks.enabled()) {
        releaseLocals(frame);
        return hiddenTailCall(context, f, args);
      }
    } else {
      if (!seenCallable) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenCallable = true;
      }
      Object h = LuaOps.getMetamethod(fn, "__call");
      if (!(h instanceof LuaFunction hf)) {
        throw callError(fn); // tryfuncTM: a __call that is no function fails at this site
      }
      here = hf.isBuiltin();
    }
    if (here) {
      return call(frame, fn, args, false, 0);
    }
    LuaTailCall tc = new LuaTailCall(fn, args);
    tc.site = this;
    if (LuaHooks.enabled()) {
      tc.callerFrame = frame.materialize();
    }
    return tc;
  }

  /**
   * Lets go of the locals of an activation that calls its tail callee itself: the program has
   * no way to reach them any more, and a weak table must not see them as referenced.
   */
  @ExplodeLoop
  private static void releaseLocals(VirtualFrame frame) {
    int n = frame.getFrameDescriptor().getNumberOfSlots();
    for (int i = 0; i < n; i++) {
      frame.clear(i);
    }
  }

  /**
   * Calls the tail callee {@code f} from this activation (see {@link #executeTail}); returns its
   * values, or the tail call it left pending, counted as passing one more such activation.
   */
  private Object hiddenTailCall(LuaContext context, LuaFunction f, Object[] args) {
    if (hiddenDispatch == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      hiddenDispatch = insert(LuaDispatchNodeGen.create());
    }
    context.hiddenTails++;
    context.depth--; // the callee takes this activation's place among the Lua calls
    try {
      Object r = hiddenDispatch.execute(f, args);
      if (r instanceof LuaTailCall tc) {
        tc.hidden++;
      }
      return r;
    } finally {
      context.depth++;
      context.hiddenTails--;
    }
  }

  /** The function that a call of {@code fn} ran: itself or its {@code __call} metamethod. */
  private static LuaFunction callee(Object fn) {
    return fn instanceof LuaFunction f ? f : callMetamethod(fn);
  }

  @CompilerDirectives.TruffleBoundary
  private static LuaFunction callMetamethod(Object fn) {
    return (LuaFunction) LuaOps.getMetamethod(fn, "__call");
  }

  /** Whether a tail call here ever called a value that is not a function (its __call). */
  @CompilerDirectives.CompilationFinal private boolean seenCallable;

  private LuaDispatchNode tailDispatch() {
    if (tailDispatch == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      tailDispatch = insert(LuaDispatchNodeGen.create());
    }
    return tailDispatch;
  }

  /**
   * Calls {@code fn} and finishes its tail calls; returns the values (see {@link
   * LuaCalls#values}). A callee that yielded returns the coroutine's {@link LuaYield}: it goes on
   * through this function, with the callee in the record, returned when {@code handOn} (a
   * statement takes it as its completion) and thrown otherwise. With {@code resumedTails} > 0 it
   * is the resumption of a callee that the {@code resumedTails}-th tail call of this call's chain
   * entered: it goes on as that tail call (its "(tail call)" levels, its tail returns).
   */
  private Object call(
      VirtualFrame frame, Object fn, Object[] args, boolean handOn, int resumedTails) {
    Object r;
    int tails = resumedTails;
    try {
      r = tails > 0 ? resumeTailCall(frame, fn, args, tails) : dispatch.execute(fn, args);
      if (r == null) {
        throw callError(fn);
      }
      while (r instanceof LuaTailCall tc) {
        fn = tc.function;
        tails += 1 + tc.hidden;
        org.lunacy.runtime.LuaStack.tailCalled(frame, tailsSlot(), tails, tc, this);
        try {
          r = tailDispatch().execute(fn, tc.arguments);
        } catch (LuaError e) {
          org.lunacy.runtime.LuaStack.errorLeftTailCall(e, fn, tails);
          throw e;
        }
        if (r == null) {
          throw callError(fn);
        }
      }
    } catch (LuaError e) {
      if (e.needsWhere()) {
        completeError(e);
      }
      throw e;
    }
    if (r instanceof LuaYield y) {
      yieldProfile.enter();
      // the record keeps how many tail calls led to the yielding callee (its traceback levels)
      LuaYield s = suspend(y, PHASE_CALL, fn, tails > 0 ? (Object) tails : null, null);
      if (handOn) {
        return s;
      }
      throw s;
    }
    if (CompilerDirectives.inInterpreter()) {
      site.called(fn);
    }
    if (expected != null) {
      checkExpected(fn);
    }
    return r;
  }

  /** Re-enters a callee that yielded after this call's chain entered it by tail call {@code tails}. */
  private Object resumeTailCall(VirtualFrame frame, Object fn, Object[] args, int tails) {
    int slot = tailsSlot();
    if (slot >= 0) {
      frame.setAuxiliarySlot(slot, tails);
    }
    try {
      return tailDispatch().execute(fn, args);
    } catch (LuaError e) {
      org.lunacy.runtime.LuaStack.errorLeftTailCall(e, fn, tails);
      throw e;
    }
  }

  /** The root's slot for the count of a tail call chain; -2 until known, -1 for none. */
  @CompilerDirectives.CompilationFinal private int tailsSlot = -2;

  private int tailsSlot() {
    if (tailsSlot == -2) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      tailsSlot =
          getRootNode() instanceof org.lunacy.nodes.LuaFunctionRootNode r ? r.getTailsSlot() : -1;
    }
    return tailsSlot;
  }

  /**
   * The version relies on the first result's type, which the expected callee's return profile
   * guarantees (its returns keep it honest, and the version depends on it). Another callee ends
   * the version: the one built next knows that this call calls several functions.
   */
  private void checkExpected(Object fn) {
    // compiled code has compared the callee's call target already, in the inline cache
    boolean same = fn instanceof LuaFunction f && f.callTarget == expected;
    if (!same && expectedHolds.isValid()) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      expectedHolds.invalidate();
    }
  }

  @CompilerDirectives.TruffleBoundary
  private void completeError(LuaError e) {
    e.setWhere(where(), calleeName, receiver != null);
  }

  private LuaError callError(Object fn) {
    CompilerDirectives.transferToInterpreter();
    return LuaOps.typeError(this, fn, "call", calleeDesc);
  }

  /**
   * The argument array {@code [callee, self?, args...]}; a resumed call continues filling {@code
   * partial} at argument {@code start}, the one that yielded. A fresh call and a resumed one
   * share the code after the loop (FULL_UNROLL, see LuaVersionedBlockNode#execute).
   */
  @ExplodeLoop(kind = ExplodeLoop.LoopExplosionKind.FULL_UNROLL)
  private Object[] evaluateArguments(
      VirtualFrame frame, Object fn, Object self, Object[] partial, int start) {
    int offset = offset();
    int n = arguments.length;
    int fixedCount = lastMulti ? n - 1 : n;
    // a resumed call's partial array is one this method made: exactly Object[], no store checks
    Object[] args = partial == null ? null : CompilerDirectives.castExact(partial, Object[].class);
    if (args == null) {
      args = new Object[offset + fixedCount];
      if (receiver != null) {
        args[1] = self;
      }
    }
    for (int i = 0; i < fixedCount; i++) {
      if (i < start) {
        continue;
      }
      try {
        args[offset + i] = arguments[i].execute(frame);
      } catch (LuaYield y) {
        throw suspend(y, PHASE_ARGS, fn, args, i);
      }
    }
    if (!lastMulti) {
      return args;
    }
    Object[] rest;
    try {
      rest = arguments[n - 1].executeMulti(frame);
    } catch (LuaYield y) {
      throw suspend(y, PHASE_ARGS, fn, args, n - 1);
    }
    return joinRest(args, rest);
  }

  private static Object[] joinRest(Object[] fixed, Object[] rest) {
    Object[] args = new Object[fixed.length + rest.length];
    System.arraycopy(fixed, 0, args, 0, fixed.length);
    System.arraycopy(rest, 0, args, fixed.length, rest.length);
    return args;
  }
}
