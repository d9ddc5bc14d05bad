package org.lunacy.nodes;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaHooks;

/** The root of a builtin function: runs its {@link LuaBuiltinNode} on the call's arguments. */
public final class LuaBuiltinRootNode extends LuaRootNode {
  @Child private LuaBuiltinNode builtin;

  public LuaBuiltinRootNode(TruffleLanguage<?> language, LuaBuiltinNode builtin, String name) {
    super(language, new FrameDescriptor(), name, "[C]", null, null);
    this.builtin = builtin;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (LuaHooks.enabled()) {
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

  public LuaBuiltinNode getBuiltin() {
    return builtin;
  }
}
