package org.lunacy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.access.LuaIndexNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
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
public final class LuaCallNode extends LuaExpressionNode {
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
  private final BranchProfile yieldProfile = BranchProfile.create();
  private final boolean lastMulti;
  /** How PUC names the callee in "attempt to call" errors ("global 'f'"), or null. */
  private final String calleeDesc;
  private final String calleeName;
  private final boolean tail;

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

  @Override
  public boolean isMultiValued() {
    return true;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object[] r = executeMulti(frame);
    return r.length == 0 ? LuaNil.NIL : r[0];
  }

  @Override
  public Object resume(VirtualFrame frame, LuaCoroutine co) {
    Object[] r = resumeMulti(frame, co);
    return r.length == 0 ? LuaNil.NIL : r[0];
  }

  private int offset() {
    return receiver != null ? 2 : 1;
  }

  /** The callee (and receiver) evaluated; returns the callee and stores self in args later. */
  private Object[] evaluateCallee(VirtualFrame frame) {
    try {
      if (receiver != null) {
        Object self = receiver.execute(frame);
        return new Object[] {methodLookup.executeOn(self), self};
      }
      return new Object[] {function.execute(frame), null};
    } catch (LuaYield y) {
      throw y.push(this, PHASE_CALLEE);
    }
  }

  @Override
  public Object[] executeMulti(VirtualFrame frame) {
    Object fn;
    Object self = null;
    try {
      if (receiver != null) {
        self = receiver.execute(frame);
        fn = methodLookup.executeOn(self);
      } else {
        fn = function.execute(frame);
      }
    } catch (LuaYield y) {
      throw y.push(this, PHASE_CALLEE);
    }
    Object[] args = evaluateArguments(frame, fn, self);
    return call(fn, args);
  }

  /**
   * For {@code return f(args)}: evaluates callee and arguments and returns the pending {@link
   * LuaTailCall}; a builtin runs right here (as PUC runs C functions in OP_TAILCALL), so its
   * errors name this position.
   */
  public Object executeTail(VirtualFrame frame) {
    Object[] callee = evaluateCallee(frame);
    Object fn = callee[0];
    Object[] args = evaluateArguments(frame, fn, callee[1]);
    return tailCall(fn, args);
  }

  private Object tailCall(Object fn, Object[] args) {
    if (fn instanceof LuaFunction f) {
      if (f.isBuiltin()) {
        return call(fn, args);
      }
    } else if (LuaOps.getMetamethod(fn, "__call") == null) {
      throw callError(fn);
    }
    return new LuaTailCall(fn, args);
  }

  /** Continues a tail call in a resumed coroutine. */
  public Object resumeTail(VirtualFrame frame, LuaCoroutine co) {
    LuaYield.Record r = co.pop(this);
    switch (r.phase) {
      case PHASE_CALLEE:
        {
          Object fn;
          Object self = null;
          try {
            if (receiver != null) {
              self = receiver.resume(frame, co);
              fn = methodLookup.executeOn(self);
            } else {
              fn = function.resume(frame, co);
            }
          } catch (LuaYield y) {
            throw y.push(this, PHASE_CALLEE);
          }
          return tailCall(fn, evaluateArguments(frame, fn, self));
        }
      case PHASE_ARGS:
        {
          Object[] args = resumeArguments(frame, co, r);
          return tailCall(r.a, args);
        }
      default:
        return resumeCall(co, r.a);
    }
  }

  @Override
  public Object[] resumeMulti(VirtualFrame frame, LuaCoroutine co) {
    LuaYield.Record r = co.pop(this);
    switch (r.phase) {
      case PHASE_CALLEE:
        {
          Object fn;
          Object self = null;
          try {
            if (receiver != null) {
              self = receiver.resume(frame, co);
              fn = methodLookup.executeOn(self);
            } else {
              fn = function.resume(frame, co);
            }
          } catch (LuaYield y) {
            throw y.push(this, PHASE_CALLEE);
          }
          return call(fn, evaluateArguments(frame, fn, self));
        }
      case PHASE_ARGS:
        return call(r.a, resumeArguments(frame, co, r));
      default:
        return resumeCall(co, r.a);
    }
  }

  /** Continues the callee {@code fn} that yielded, then finishes as a normal call. */
  private Object[] resumeCall(LuaCoroutine co, Object fn) {
    Object r;
    try {
      r = resumeCallee(co, fn);
      while (r instanceof LuaTailCall tc) {
        fn = tc.function;
        r = tailDispatch().execute(fn, tc.arguments);
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
    return results(fn, r);
  }

  /**
   * Re-enters the suspended activation of {@code fn} through the same dispatch as its calls, so
   * both run the same (inlined) code; a builtin there is {@code yield}: it returns the values of
   * the resume.
   */
  private Object resumeCallee(LuaCoroutine co, Object fn) {
    LuaFunction f = fn instanceof LuaFunction lf ? lf : callMetamethod(fn);
    if (f.isBuiltin()) {
      return co.transfer;
    }
    return dispatch.execute(f, new Object[] {null, LuaCoroutine.RESUME});
  }

  @CompilerDirectives.TruffleBoundary
  private static LuaFunction callMetamethod(Object fn) {
    return (LuaFunction) LuaOps.getMetamethod(fn, "__call");
  }

  /** The results of a finished call; a callee that yielded is unwound through this function. */
  private Object[] results(Object fn, Object r) {
    if (r instanceof LuaYield y) {
      yieldProfile.enter();
      throw y.push(this, PHASE_CALL, fn, null, null);
    }
    return (Object[]) r;
  }

  private LuaDispatchNode tailDispatch() {
    if (tailDispatch == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      tailDispatch = insert(LuaDispatchNodeGen.create());
    }
    return tailDispatch;
  }

  private Object[] call(Object fn, Object[] args) {
    Object r;
    try {
      r = dispatch.execute(fn, args);
      if (r == null) {
        throw callError(fn);
      }
      while (r instanceof LuaTailCall tc) {
        fn = tc.function;
        r = tailDispatch().execute(fn, tc.arguments);
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
    return results(fn, r);
  }

  @CompilerDirectives.TruffleBoundary
  private void completeError(LuaError e) {
    e.setWhere(where(), calleeName, receiver != null);
  }

  private LuaError callError(Object fn) {
    CompilerDirectives.transferToInterpreter();
    return LuaOps.typeError(this, fn, "call", calleeDesc);
  }

  @ExplodeLoop
  private Object[] evaluateArguments(VirtualFrame frame, Object fn, Object self) {
    int offset = offset();
    int n = arguments.length;
    if (!lastMulti) {
      Object[] args = new Object[offset + n];
      if (receiver != null) {
        args[1] = self;
      }
      for (int i = 0; i < n; i++) {
        try {
          args[offset + i] = arguments[i].execute(frame);
        } catch (LuaYield y) {
          throw y.push(this, PHASE_ARGS, fn, args, i);
        }
      }
      return args;
    }
    Object[] fixed = new Object[offset + n - 1];
    fixed[offset - 1] = self;
    for (int i = 0; i < n - 1; i++) {
      try {
        fixed[offset + i] = arguments[i].execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, PHASE_ARGS, fn, fixed, i);
      }
    }
    Object[] rest;
    try {
      rest = arguments[n - 1].executeMulti(frame);
    } catch (LuaYield y) {
      throw y.push(this, PHASE_ARGS, fn, fixed, n - 1);
    }
    return joinRest(fixed, rest);
  }

  private static Object[] joinRest(Object[] fixed, Object[] rest) {
    Object[] args = new Object[fixed.length + rest.length];
    System.arraycopy(fixed, 0, args, 0, fixed.length);
    System.arraycopy(rest, 0, args, fixed.length, rest.length);
    return args;
  }

  /** Continues argument evaluation at the argument that yielded. */
  @ExplodeLoop
  private Object[] resumeArguments(VirtualFrame frame, LuaCoroutine co, LuaYield.Record r) {
    Object fn = r.a;
    Object[] args = (Object[]) r.b;
    int start = (Integer) r.c;
    int offset = offset();
    int n = arguments.length;
    for (int i = 0; i < n; i++) {
      if (i < start) {
        continue;
      }
      boolean resuming = i == start;
      try {
        if (lastMulti && i == n - 1) {
          Object[] rest =
              resuming ? arguments[i].resumeMulti(frame, co) : arguments[i].executeMulti(frame);
          return joinRest(args, rest);
        }
        args[offset + i] = resuming ? arguments[i].resume(frame, co) : arguments[i].execute(frame);
      } catch (LuaYield y) {
        throw y.push(this, PHASE_ARGS, fn, args, i);
      }
    }
    return args;
  }
}
