package org.lunacy.runtime;

/**
 * What a function returns for {@code return f(args)}: the caller performs the call, so the
 * callee's activation is gone before the tail-called function runs (proper tail calls).
 */
public final class LuaTailCall {
  public final Object function;
  /** {@code [function, arg1, ..., argN]}; slot 0 is replaced by the resolved callee. */
  public final Object[] arguments;
  /** The {@code return f(args)} call that made it (names the callee for hooks), or null. */
  public com.oracle.truffle.api.nodes.Node site;
  /**
   * How many activations that ran their tail call themselves it passed on its way back (the
   * first one is the one that made it): each is one more tail call of the chain.
   */
  public int hidden;
  /**
   * The activation that made it, kept while a debug hook may be set: the callee's call hook sees
   * it as a level (PUC replaces the caller's activation only after that hook).
   */
  public com.oracle.truffle.api.frame.MaterializedFrame callerFrame;

  public LuaTailCall(Object function, Object[] arguments) {
    this.function = function;
    this.arguments = arguments;
  }
}
