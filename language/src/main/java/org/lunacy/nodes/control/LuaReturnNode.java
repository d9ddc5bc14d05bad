package org.lunacy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.call.LuaCallNode;
import org.lunacy.nodes.lbbv.LuaReturnProfile;
import org.lunacy.nodes.lbbv.LuaType;
import org.lunacy.nodes.lbbv.LuaTypeChecks;
import org.lunacy.nodes.util.LuaExpressionListNode;
import org.lunacy.runtime.LuaCalls;
import org.lunacy.runtime.LuaTailCall;

/**
 * {@code return e1, ..., en}; {@code return f(args)} returns a pending tail call, and {@code
 * return e} of one value returns that value without an array (see {@link LuaCalls#values}). Keeps its
 * function's {@link LuaReturnProfile}: in a block version, the type of the first value is often
 * known, and then the profile costs nothing at run time.
 */
public final class LuaReturnNode extends LuaStatementNode {
  private static final Object[] NO_VALUES = new Object[0];
  /** Not specialized by a block version: the profile gives up on the first run. */
  private static final byte UNSPECIALIZED = -2;

  @Child private LuaExpressionListNode values;
  @Child private LuaExpressionNode single;
  @Child private LuaCallNode tailCall;
  /** Whether the first value is one value of its own (not an open call or {@code ...}). */
  private final boolean firstTyped;
  private final boolean countChecks = LuaTypeChecks.enabled;

  /** The first value's type as the enclosing block version proves it. */
  @CompilationFinal private byte valueType = UNSPECIALIZED;
  @CompilationFinal private boolean resolved;
  @CompilationFinal private LuaReturnProfile profile;

  public LuaReturnNode(LuaExpressionNode[] values) {
    if (values.length == 1 && values[0] instanceof LuaCallNode call) {
      this.tailCall = call.asTailCall();
      this.firstTyped = false;
    } else if (values.length == 1 && !values[0].isMultiValued()) {
      this.single = values[0];
      this.firstTyped = true;
    } else if (values.length > 0) {
      this.values = new LuaExpressionListNode(values);
      this.firstTyped = values.length > 1 || !values[0].isMultiValued();
    } else {
      this.firstTyped = false;
    }
  }

  /**
   * The expression whose value is returned first, if its type can be known statically (not a
   * tail call, not an open {@code ...} or call as the only value).
   */
  public LuaExpressionNode getFirstValue() {
    if (single != null) {
      return single;
    }
    return values != null && firstTyped ? values.get(0) : null;
  }

  public boolean isTailCall() {
    return tailCall != null;
  }

  /** Set by the block specializer: the first value's type in this version. */
  public void setValueType(byte type) {
    this.valueType = type;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (tailCall != null) {
      Object r = tailCall.executeTail(frame);
      // a pending tail call's callee answers for its values with its own returns (a call site
      // compares the profile of the last function of a chain); the values of a call made right
      // here (a builtin, or a Lua function outside coroutines) are this function's
      if (!(r instanceof LuaTailCall)) {
        profile(LuaType.UNKNOWN, r, false);
      }
      return r;
    }
    byte known = valueType == UNSPECIALIZED ? LuaType.UNKNOWN : valueType;
    if (single != null) {
      Object v = single.execute(frame);
      profile(known, v, true);
      return v;
    }
    if (values != null) {
      Object[] r = values.evaluateAll(frame);
      profile(known, r, false);
      return r;
    }
    profile(LuaType.NIL, NO_VALUES, false);
    return NO_VALUES;
  }

  /**
   * Tells the profile the type of the first value: {@code known} when the version proves it (no
   * test), else (UNKNOWN) the type of the first of the values {@code r} (see {@link
   * LuaCalls#values}; {@code r} is that value itself when {@code one}), tested unless the profile
   * gave up already. Outside block versions nothing relies on the profile, so it gives up at
   * once. Compiled code tests only for the profile's type; any other value goes to one boundary
   * call, so each return adds a type check and a call to the compiled code, not the whole
   * classification of the value.
   */
  private void profile(byte known, Object r, boolean one) {
    if (!resolved) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      resolved = true;
      if (getRootNode() instanceof LuaFunctionRootNode root) {
        profile = root.getReturnProfile();
      }
    }
    LuaReturnProfile p = profile;
    if (p == null) {
      return;
    }
    byte t = known;
    if (t == LuaType.UNKNOWN && valueType != UNSPECIALIZED) {
      if (p.getType() == LuaType.UNKNOWN || !p.sampling()) {
        return;
      }
      if (countChecks) {
        LuaTypeChecks.add(1);
      }
      Object v = one ? r : LuaCalls.first(r);
      if (p.getType() != LuaReturnProfile.NONE) {
        if (LuaType.is(v, p.getType())) {
          return;
        }
        if (CompilerDirectives.inCompiledCode()) {
          p.missInCompiledCode(v);
          return;
        }
      }
      t = LuaType.of(v);
    }
    if (!p.holds(t)) {
      p.widen(t);
    }
  }
}
