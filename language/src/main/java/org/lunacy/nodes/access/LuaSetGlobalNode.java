package org.lunacy.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/** Assignment to a global (OP_SETGLOBAL): a store into the running function's environment. */
public final class LuaSetGlobalNode extends LuaAssignTargetNode {
  private final String name;
  @Child private LuaFieldNode field;

  public LuaSetGlobalNode(String name) {
    this.name = name;
    this.field = new LuaFieldNode(name);
  }

  @Override
  public void assign(VirtualFrame frame, Object prepared, Object value) {
    LuaTable env = ((LuaFunction) frame.getArguments()[0]).env;
    if (field.store(env, value)) {
      return;
    }
    if (env.getMetatable() == null) {
      env.rawset(name, value);
    } else {
      LuaOps.setIndex(env, name, value, this, null);
    }
  }
}
