package org.lunacy.nodes.expression;

import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.runtime.LuaHooks;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaFunction;

/**
 * A function expression (OP_CLOSURE): a new closure over the cells of the captured locals (from
 * this frame) and upvalues (of the running closure), with the running function's environment.
 */
public final class LuaFunctionNode extends LuaExpressionNode {
  private final RootCallTarget callTarget;

  /** For each upvalue: a frame slot holding a cell (fromLocal) or an upvalue index. */
  @CompilerDirectives.CompilationFinal(dimensions = 1)
  private final int[] sources;

  @CompilerDirectives.CompilationFinal(dimensions = 1)
  private final boolean[] fromLocal;

  public LuaFunctionNode(RootCallTarget callTarget, int[] sources, boolean[] fromLocal) {
    this.callTarget = callTarget;
    this.sources = sources;
    this.fromLocal = fromLocal;
  }

  @Override
  @ExplodeLoop
  public Object execute(VirtualFrame frame) {
    LuaFunction current = (LuaFunction) frame.getArguments()[0];
    LuaCell[] cells = new LuaCell[sources.length];
    for (int i = 0; i < sources.length; i++) {
      cells[i] =
          fromLocal[i] ? (LuaCell) frame.getObject(sources[i]) : current.upvalues[sources[i]];
    }
    if (LuaHooks.enabled()) {
      closureLine();
    }
    return new LuaFunction(callTarget, cells, current.env);
  }

  /** OP_CLOSURE is on the line of the function's 'end'. */
  @CompilerDirectives.TruffleBoundary
  private void closureLine() {
    LuaHooks.line(this, ((LuaFunctionRootNode) callTarget.getRootNode()).getLastLineDefined());
  }

  public RootCallTarget getCallTarget() {
    return callTarget;
  }
}
