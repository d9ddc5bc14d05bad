package org.lunacy.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/** A global variable read (OP_GETGLOBAL): a field of the running function's environment. */
public final class LuaGlobalNode extends LuaExpressionNode {
  private final String name;
  @Child private LuaFieldNode field;
  /** Whether a missing global was ever looked up through the environment's metatable. */
  @CompilationFinal private boolean seenMetatable;

  public LuaGlobalNode(String name) {
    this.name = name;
    this.field = new LuaFieldNode(name);
    this.desc = "global '" + name + "'";
  }

  @Override
  public Object execute(VirtualFrame frame) {
    LuaTable env = ((LuaFunction) frame.getArguments()[0]).env;
    Object v = field.get(env);
    if (v != null) {
      return v;
    }
    if (env.getMetatable() == null) {
      return LuaNil.NIL;
    }
    if (!seenMetatable) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenMetatable = true;
    }
    return LuaOps.index(env, name, this, null);
  }

  public String getName() {
    return name;
  }
}
