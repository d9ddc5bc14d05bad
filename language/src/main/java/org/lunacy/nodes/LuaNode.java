package org.lunacy.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.call.LuaCallNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaYield;

/** Base of all Lua nodes: knows its source line, for error positions ("chunk:line:"). */
public abstract class LuaNode extends Node {
  protected int line;

  /**
   * The root of this node's function if a call can run in this node's subtree (so that a
   * coroutine can yield inside it), else null; computed on first use.
   */
  @CompilationFinal private LuaFunctionRootNode resumeRoot;

  @CompilationFinal private boolean resumeRootKnown;

  /**
   * The coroutine whose resume is continuing through this node, or null when the node executes
   * normally. A node that saves records on yields ({@link #suspend}) calls this first: when it
   * returns a coroutine, this node's record is the next one, and the node pops it ({@link
   * #resumePhase}) and continues from it instead of starting over; its children do the same. So
   * a resumed activation runs the same code as a fresh one.
   *
   * <p>The coroutine is in an auxiliary frame slot from the root's resume until the call that
   * yielded continues ({@link #resumed}). Constant null, so no check at all, for nodes without
   * calls below them and in functions never resumed (their compiled code deoptimizes at the
   * root on a resume); in a fresh activation of a resumed function the slot is empty, which
   * compiled code sees too.
   */
  protected final LuaCoroutine resuming(VirtualFrame frame) {
    if (!resumeRootKnown) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      resumeRoot =
          containsCall(this) && getRootNode() instanceof LuaFunctionRootNode r ? r : null;
      resumeRootKnown = true;
    }
    LuaFunctionRootNode root = resumeRoot;
    if (root == null || !root.isResumed()) {
      return null;
    }
    return (LuaCoroutine) frame.getAuxiliarySlot(root.getResumeSlot());
  }

  /**
   * Pops this node's record (see {@link #resuming}) and returns its phase; its values are read
   * with {@link LuaCoroutine#saved} right away.
   */
  protected final int resumePhase(LuaCoroutine co) {
    return co.pop(this);
  }

  /**
   * Ends the resume in this activation: called by the call node that re-enters its callee (or
   * gets the values of {@code coroutine.yield}), whose record is always the activation's last.
   */
  protected final void resumed(VirtualFrame frame) {
    frame.setAuxiliarySlot(resumeRoot.getResumeSlot(), null);
  }

  /** What {@link #isYield} knows: unknown, no calls below, calls below, a yield came through. */
  @CompilationFinal private byte yieldState;

  private static final byte NO_CALLS = 1;
  private static final byte CALLS = 2;
  private static final byte YIELDED = 3;

  /**
   * Whether the completion or value {@code c} that a child gave is a {@link LuaYield} passing
   * through this node. Compiled code has no test at all in nodes without calls below them, and
   * until a yield has come through, a test that deoptimizes: the code that saves a record is not
   * compiled into functions that never yield.
   */
  protected final boolean isYield(Object c) {
    byte state = yieldState;
    if (state == 0) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      state = containsCall(this) ? CALLS : NO_CALLS;
      yieldState = state;
    }
    if (state == NO_CALLS || !(c instanceof LuaYield)) {
      return false;
    }
    if (state != YIELDED) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      yieldState = YIELDED;
    }
    return true;
  }

  /** {@link #isYield} for a completion reaching a function's root from its body. */
  public final boolean completesWithYield(Object c) {
    return isYield(c);
  }

  /** Yields come only out of calls (metamethods and iterators run as C calls and cannot). */
  public static boolean containsCall(Node node) {
    if (node instanceof LuaCallNode) {
      return true;
    }
    if (node instanceof org.lunacy.nodes.lbbv.LuaVersionedBlockNode v) {
      // its versions are built later: they are copies of its template
      return containsCall(v.getTemplate());
    }
    for (Node child : node.getChildren()) {
      if (containsCall(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Saves this node's record for a yield unwinding through it (see {@link LuaYield}); returns the
   * yield to be rethrown.
   */
  protected final LuaYield suspend(LuaYield y, int phase, Object a, Object b, Object c) {
    return y.push(this, phase, a, b, c);
  }

  protected final LuaYield suspend(LuaYield y, int phase) {
    return y.push(this, phase, null, null, null);
  }

  public int getLine() {
    return line;
  }

  public void setLine(int line) {
    this.line = line;
  }

  /** luaG_runerror's prefix: {@code "chunk:line: "}. */
  @TruffleBoundary
  public String where() {
    return whereAt(line);
  }

  /** luaG_runerror's prefix for another line of this node's function. */
  @TruffleBoundary
  public String whereAt(int atLine) {
    RootNode root = getRootNode();
    if (root instanceof LuaRootNode lr) {
      return lr.getChunkId() + ":" + atLine + ": ";
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
