package org.lunacy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A statement. {@link #execute} returns null when control falls through, or a completion that
 * the enclosing block propagates: {@link #BREAK}, {@code Object[]} results of a {@code return}, or
 * a {@link org.lunacy.runtime.LuaTailCall}.
 */
public abstract class LuaStatementNode extends LuaNode {
  /** The completion of {@code break}. */
  public static final Object BREAK = new Object();

  public abstract Object execute(VirtualFrame frame);
}
