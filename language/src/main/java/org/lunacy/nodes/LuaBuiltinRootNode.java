package org.lunacy.nodes;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.lbbv.LuaReturnProfile;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaHooks;

/** The root of a builtin function: runs its {@link LuaBuiltinNode} on the call's arguments. */
public final class LuaBuiltinRootNode extends LuaRootNode {
  private static final Object[] NO_VALUES = new Object[0];

  @Child private LuaBuiltinNode builtin;
  /** Declared for builtins whose first result always has one type (math, string), else null. */
  private LuaReturnProfile returnProfile;

  public LuaBuiltinRootNode(TruffleLanguage<?> language, LuaBuiltinNode builtin, String name) {
    super(language, new FrameDescriptor(), name, "[C]", null, null);
    this.builtin = builtin;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (LuaHooks.enabled()) {
      Object[] args = frame.getArguments();
      if (args.length == 2 && args[1] == LuaHooks.RETURN_EVENT) {
        LuaHooks.ret(builtin);
        return NO_VALUES;
      }
      LuaHooks.call(builtin, false);
    }
    Object result = builtin.execute(frame, frame.getArguments());
    if (LuaHooks.enabled() && result instanceof Object[]) {
      LuaHooks.ret(builtin);
    }
    return result;
  }

  @Override
  public boolean isLua() {
    return false;
  }

  /** Declares that the first result always has {@code type} (see {@link LuaReturnProfile}). */
  public void declareResultType(byte type) {
    this.returnProfile = LuaReturnProfile.fixed(type);
  }

  public LuaReturnProfile getReturnProfile() {
    return returnProfile;
  }

  public LuaBuiltinNode getBuiltin() {
    return builtin;
  }
}
