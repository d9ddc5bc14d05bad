package org.lunacy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A statement. {@link #execute} returns null when control falls through, or a completion that
 * the enclosing block propagates: {@link #BREAK}, the results of a {@code return} (see {@link
 * org.lunacy.runtime.LuaCalls#values}), a {@link org.lunacy.runtime.LuaTailCall}, or the {@link
 * org.lunacy.runtime.LuaYield} of a coroutine suspending inside it. A yield travels out of the
 * expression that yielded as an exception, and from there up to the function's root as a
 * completion: each enclosing statement saves its record and returns it, so unwinding costs a
 * type test per level rather than a Java exception handler. The statement that catches it is
 * the one that keeps a record for the expression, or else the enclosing block; the bodies of
 * functions, loops and branches are blocks, so the nodes above them only see completions.
 */
public abstract class LuaStatementNode extends LuaNode {
  /** The completion of {@code break}. */
  public static final Object BREAK = new Object();

  public abstract Object execute(VirtualFrame frame);
}
