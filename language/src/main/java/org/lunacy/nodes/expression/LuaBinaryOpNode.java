package org.lunacy.nodes.expression;

import com.oracle.truffle.api.nodes.Node;

/** The operation of a binary operator on two evaluated operands (a DSL-specialized node). */
public abstract class LuaBinaryOpNode extends Node {
  public abstract Object execute(Object left, Object right);
}
