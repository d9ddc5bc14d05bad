package org.lunacy.nodes;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/** Base of the roots of Lua functions and builtins. */
public abstract class LuaRootNode extends RootNode {
  private final String name;
  private final String chunkId;
  private final Source source;
  private final SourceSection section;

  protected LuaRootNode(
      TruffleLanguage<?> language,
      FrameDescriptor descriptor,
      String name,
      String chunkId,
      Source source,
      SourceSection section) {
    super(language, descriptor);
    this.name = name;
    this.chunkId = chunkId;
    this.source = source;
    this.section = section;
  }

  @Override
  public String getName() {
    return name;
  }

  public String getChunkId() {
    return chunkId;
  }

  public Source getSource() {
    return source;
  }

  @Override
  public SourceSection getSourceSection() {
    return section;
  }

  /**
   * Code of an internal {@link Source}, which an embedder runs as part of itself (the lunacy
   * command's chunks that do what lua.c does in C): like lua.c's C code, its activations are no
   * levels of the Lua stack and have no hook events.
   */
  @Override
  public boolean isInternal() {
    return source != null && source.isInternal();
  }

  /** True for functions written in Lua (debug.getinfo's what = "Lua"/"main"). */
  public abstract boolean isLua();
}
