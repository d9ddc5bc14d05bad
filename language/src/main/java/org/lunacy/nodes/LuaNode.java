package org.lunacy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** Base of all Lua nodes: knows its source line, for error positions ("chunk:line:"). */
public abstract class LuaNode extends Node {
  protected int line;

  public int getLine() {
    return line;
  }

  public void setLine(int line) {
    this.line = line;
  }

  /** luaG_runerror's prefix: {@code "chunk:line: "}. */
  @TruffleBoundary
  public String where() {
    RootNode root = getRootNode();
    if (root instanceof LuaRootNode lr) {
      return lr.getChunkId() + ":" + line + ": ";
    }
    return "";
  }

  @Override
  @TruffleBoundary
  public SourceSection getSourceSection() {
    RootNode root = getRootNode();
    if (root instanceof LuaRootNode lr && lr.getSource() != null && line > 0) {
      var source = lr.getSource();
      if (line <= source.getLineCount()) {
        return source.createSection(line);
      }
    }
    return null;
  }
}
