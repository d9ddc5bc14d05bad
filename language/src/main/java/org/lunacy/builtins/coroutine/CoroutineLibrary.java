package org.lunacy.builtins.coroutine;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.lunacy.LuaContext;
import org.lunacy.builtins.LuaBuiltins;
import org.lunacy.nodes.util.LuaBuiltinNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/**
 * The coroutine library (lbaselib.c's co* functions) over stackless coroutines: see {@link
 * org.lunacy.runtime.LuaYield} for how a yield unwinds and a resume continues. The functions are
 * nodes without boundaries, so a resume, the coroutine body it runs and the yields in it can be
 * compiled together.
 */
public final class CoroutineLibrary {
  private CoroutineLibrary() {}

  public static void install(LuaContext ctx) {
    LuaTable co = LuaBuiltins.library(ctx, "coroutine");
    RootCallTarget wrapped = LuaBuiltins.function(ctx, new WrappedNode()).callTarget;
    define(ctx, co, new CreateNode());
    define(ctx, co, new ResumeNode());
    define(ctx, co, new YieldNode());
    define(ctx, co, new StatusNode());
    define(ctx, co, new RunningNode());
    define(ctx, co, new WrapNode(wrapped));
  }

  private static void define(LuaContext ctx, LuaTable library, LuaBuiltinNode node) {
    library.rawset(node.name(), LuaBuiltins.function(ctx, node));
  }

  /** {@code coroutine.create(f)} (luaB_cocreate). */
  static final class CreateNode extends LuaBuiltinNode {
    @Override
    public Object execute(VirtualFrame frame, Object[] args) {
      LuaContext ctx = LuaContext.get(this);
      return one(new LuaCoroutine(checkLuaFunction(this, args), ctx.threadGlobals()));
    }

    @Override
    public String name() {
      return "create";
    }
  }

  static LuaFunction checkLuaFunction(LuaBuiltinNode self, Object[] args) {
    if (LuaBuiltinNode.arg(args, 1) instanceof LuaFunction f && !f.isBuiltin()) {
      return f;
    }
    throw LuaError.argError(1, self.name(), "Lua function expected");
  }

  /**
   * {@code coroutine.resume(co, ...)} (luaB_coresume): true and the values, or false and
   * the error.
   */
  static final class ResumeNode extends LuaBuiltinNode {
    @Child private LuaResumeNode resume = new LuaResumeNode();

    @Override
    public boolean resumesCoroutine() {
      return true;
    }

    @Override
    public Object execute(VirtualFrame frame, Object[] args) {
      if (!(arg(args, 1) instanceof LuaCoroutine co)) {
        throw LuaError.argError(1, "resume", "coroutine expected");
      }
      Object r = resume.execute(co, args, 2, 1);
      if (r instanceof Object[] out) {
        out[0] = Boolean.TRUE;
        return out;
      }
      return new Object[] {Boolean.FALSE, ((LuaResumeNode.Failure) r).value};
    }

    @Override
    public String name() {
      return "resume";
    }
  }

  /**
   * {@code coroutine.yield(...)} (luaB_yield, lua_yield): hands its arguments to the resume
   * (which copies the values out once) and returns the coroutine's {@link
   * org.lunacy.runtime.LuaYield} for the caller to unwind with.
   */
  static final class YieldNode extends LuaBuiltinNode {
    private final BranchProfile errorProfile = BranchProfile.create();

    @Override
    public Object execute(VirtualFrame frame, Object[] args) {
      LuaContext ctx = LuaContext.get(this);
      LuaCoroutine current = ctx.currentCoroutine;
      // the main thread runs inside C calls (lua.c's pcall), so it gets this error too
      if (current == null || ctx.cCalls > current.baseCCalls) {
        errorProfile.enter();
        throw LuaError.raw("attempt to yield across metamethod/C-call boundary", null);
      }
      current.yielded = args;
      return current.yielding;
    }

    @Override
    public String name() {
      return "yield";
    }
  }

  /** {@code coroutine.status(co)} (luaB_costatus). */
  static final class StatusNode extends LuaBuiltinNode {
    @Override
    public Object execute(VirtualFrame frame, Object[] args) {
      if (!(arg(args, 1) instanceof LuaCoroutine co)) {
        throw LuaError.argError(1, "status", "coroutine expected");
      }
      return one(co.status);
    }

    @Override
    public String name() {
      return "status";
    }
  }

  /** {@code coroutine.running()}: the running coroutine, nil on the main thread. */
  static final class RunningNode extends LuaBuiltinNode {
    @Override
    public Object execute(VirtualFrame frame, Object[] args) {
      LuaCoroutine current = LuaContext.get(this).currentCoroutine;
      return one(current == null ? LuaNil.NIL : current);
    }

    @Override
    public String name() {
      return "running";
    }
  }

  /** {@code coroutine.wrap(f)} (luaB_cowrap): a function sharing one call target per context. */
  static final class WrapNode extends LuaBuiltinNode {
    private final RootCallTarget wrapped;

    WrapNode(RootCallTarget wrapped) {
      this.wrapped = wrapped;
    }

    @Override
    public Object execute(VirtualFrame frame, Object[] args) {
      LuaContext ctx = LuaContext.get(this);
      LuaCoroutine co = new LuaCoroutine(checkLuaFunction(this, args), ctx.threadGlobals());
      return one(new LuaFunction(wrapped, "wrap", ctx.globals, co));
    }

    @Override
    public String name() {
      return "wrap";
    }
  }

  /**
   * A function made by {@code coroutine.wrap} (auxwrap): resumes its coroutine, returns the
   * values, and raises the error of a failed resume (a string gets the caller's position).
   */
  static final class WrappedNode extends LuaBuiltinNode {
    @Child private LuaResumeNode resume = new LuaResumeNode();

    @Override
    public boolean resumesCoroutine() {
      return true;
    }

    @Override
    public Object execute(VirtualFrame frame, Object[] args) {
      LuaCoroutine co = (LuaCoroutine) ((LuaFunction) args[0]).state;
      Object r = resume.execute(co, args, 1, 0);
      if (r instanceof Object[] values) {
        return values;
      }
      throw wrapError(((LuaResumeNode.Failure) r).value);
    }

    @TruffleBoundary
    private static LuaError wrapError(Object err) {
      if (err instanceof String || err instanceof Double) {
        return LuaError.error(LuaOps.toStringOrNull(err));
      }
      return new LuaError(err);
    }

    @Override
    public String name() {
      return "wrap";
    }
  }
}
