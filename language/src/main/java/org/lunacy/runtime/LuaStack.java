package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayList;
import java.util.List;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaRootNode;

/**
 * The Lua call stack as seen from a builtin (lua_getstack): level 0 is the running builtin,
 * level 1 the function that called it, and so on.
 */
public final class LuaStack {
  private LuaStack() {}

  /** One activation: its root, its function value and the line it is executing (or -1). */
  public record Level(LuaRootNode root, LuaFunction function, int line) {}

  @TruffleBoundary
  public static List<Level> levels() {
    List<RootNode> roots = new ArrayList<>();
    List<Node> callNodes = new ArrayList<>();
    List<Object> functions = new ArrayList<>();
    Truffle.getRuntime()
        .iterateFrames(
            (FrameInstance fi) -> {
              RootNode root = ((RootCallTarget) fi.getCallTarget()).getRootNode();
              if (root instanceof LuaRootNode) {
                roots.add(root);
                callNodes.add(fi.getCallNode());
                Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
                Object[] args = f.getArguments();
                functions.add(args.length > 0 ? args[0] : null);
              }
              return null;
            });
    List<Level> out = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      RootNode root = roots.get(i);
      int line = -1;
      line = lineIn(callNodes.get(i), root);
      if (line < 0 && i > 0) {
        line = lineIn(callNodes.get(i - 1), root);
      }
      Object fn = functions.get(i);
      out.add(new Level((LuaRootNode) root, fn instanceof LuaFunction f ? f : null, line));
    }
    return out;
  }

  private static int lineIn(Node callNode, RootNode root) {
    Node n = callNode;
    while (n != null && !(n instanceof LuaNode ln && ln.getLine() > 0)) {
      n = n.getParent();
    }
    if (n != null && n.getRootNode() == root) {
      return ((LuaNode) n).getLine();
    }
    return -1;
  }

  /** luaL_where(L, level): {@code "chunk:line: "} of a Lua function at that level, else "". */
  @TruffleBoundary
  public static String where(int level) {
    List<Level> levels = levels();
    if (level < levels.size()) {
      Level l = levels.get(level);
      if (l.root().isLua() && l.line() > 0) {
        return l.root().getChunkId() + ":" + l.line() + ": ";
      }
    }
    return "";
  }
}
