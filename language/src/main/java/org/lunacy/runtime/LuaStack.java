package org.lunacy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayList;
import java.util.List;
import org.lunacy.LuaContext;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaRootNode;
import org.lunacy.nodes.call.LuaCallNode;
import org.lunacy.nodes.control.LuaGenericForNode;

/**
 * The Lua call stack as seen from a builtin (lua_getstack): level 0 is the running builtin,
 * level 1 the function that called it, and so on.
 *
 * <p>As in PUC, a function that was entered through a tail call is followed by a "(tail call)"
 * level standing for the activations the tail call replaced (one per tail call chain here: PUC
 * counts every tail call of the chain).
 */
public final class LuaStack {
  private LuaStack() {}

  /**
   * One activation: its root, its function value, the line it is executing (or -1) and the node
   * it is executing (a call in progress, or where an error was raised; may be null), and its locals:
   * a {@link Frame} when the level is live on the stack, a {@link SavedFrame} in a suspended
   * coroutine, else null. A "(tail call)" level has a null root.
   */
  public record Level(LuaRootNode root, LuaFunction function, int line, Node site, Object frame) {
    public boolean isTailCall() {
      return root == null;
    }

    public boolean isLua() {
      return root != null && root.isLua();
    }
  }

  /** The locals of a suspended activation: slots {@code base..} of its coroutine's slot stack. */
  public record SavedFrame(LuaCoroutine coroutine, int base) {}

  private static final Level TAIL_CALL = new Level(null, null, -1, null, null);

  /**
   * The key of the auxiliary frame slot where a call that is running a chain of tail calls keeps
   * how many it made: one "(tail call)" level each, as in PUC.
   */
  public static final Object TAILS = new Object();

  /**
   * The call site that {@link LuaCalls} reports while it runs a tail call a function called from
   * a builtin asked for: the frame it enters is marked as entered through a tail call.
   */
  static final Node TAIL_CALL_SITE = new TailCallSite();

  private static final class TailCallSite extends Node {
    TailCallSite() {
      new TailCallRoot(this).adoptChildren();
    }
  }

  private static final class TailCallRoot extends RootNode {
    @Child private Node site;

    TailCallRoot(Node site) {
      super(null);
      this.site = site;
    }

    @Override
    public Object execute(VirtualFrame frame) {
      return null;
    }
  }

  /**
   * Runs {@code call}, the {@code tails}-th tail call of a chain, with {@link #TAIL_CALL_SITE} as
   * the current call site; the site it replaces and the count are kept for {@link #levels()}.
   */
  static Object asTailCall(java.util.function.Supplier<Object> call, int tails) {
    EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
    Node prev = ref.set(TAIL_CALL_SITE);
    List<TailSite> sites = LuaContext.get(null).tailSites;
    sites.add(new TailSite(prev, tails));
    try {
      return call.get();
    } finally {
      sites.remove(sites.size() - 1);
      ref.set(prev);
    }
  }

  /** A node that continues its call's tail calls with a dispatch node of its own. */
  public interface TailDispatcher {
    /** Whether {@code site} (a frame's call node) is this node's dispatch of a tail call. */
    boolean isTailDispatchSite(Node site);

    /** How PUC names the function this node calls ("local 'f'"), or null. */
    String getCalleeDesc();

    /**
     * Whether {@code site} is this node's own call of its tail callee: the frame that runs it
     * stays on the stack but is gone for the program, one "(tail call)" level.
     */
    default boolean isHiddenTailSite(Node site) {
      return false;
    }
  }

  /** Whether the frame whose call node is {@code site} is running its own tail call. */
  public static boolean isHiddenTailFrame(Node site) {
    return luaNodeOf(site) instanceof TailDispatcher d && d.isHiddenTailSite(site);
  }

  /** The Lua node that a frame's call node {@code site} belongs to (itself or an ancestor). */
  private static Node luaNodeOf(Node site) {
    Node n = site;
    while (n != null && !(n instanceof LuaNode)) {
      n = n.getParent();
    }
    return n;
  }

  /**
   * Whether {@code site} is {@code dispatch} or inside it, looking up from {@code site} no
   * further than {@code owner}: how a node tells that a frame's call site is its tail dispatch.
   */
  public static boolean isWithin(Node site, Node dispatch, Node owner) {
    for (Node n = site; n != null && n != owner; n = n.getParent()) {
      if (n == dispatch) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code tails}-th tail call {@code tc} of a chain that {@code caller} runs: its count goes
   * into the caller's frame ({@code tailsSlot}, -1 for none), for the "(tail call)" levels of
   * tracebacks, and the call hook sees it.
   */
  public static void tailCalled(
      VirtualFrame frame, int tailsSlot, int tails, LuaTailCall tc, Node caller) {
    if (tailsSlot >= 0) {
      frame.setAuxiliarySlot(tailsSlot, tails);
    }
    if (LuaHooks.enabled()) {
      LuaHooks.tailCall(tc.site, caller, tails, tc.callerFrame);
    }
  }

  /**
   * Records that {@code error} left the function that the {@code tails}-th tail call of a Lua
   * call's chain entered, so that {@link #errorLevels} shows as many "(tail call)" levels as the
   * live stack did (the count in the caller's frame is gone by then).
   */
  @TruffleBoundary
  public static void errorLeftTailCall(LuaError error, Object fn, int tails) {
    LuaFunction f =
        fn instanceof LuaFunction lf ? lf : LuaOps.getMetamethod(fn, "__call") instanceof LuaFunction h ? h : null;
    if (f != null && !f.isBuiltin()) {
      error.addTailChain(f.callTarget.getRootNode(), tails);
    }
  }

  /** A builtin node that runs a coroutine body's tail calls (coroutine.resume). */
  public interface BodyTailDispatcher {
    /** Whether {@code site} is the node this one makes a body's tail calls with. */
    boolean isTailDispatchSite(Node site);
  }

  /** The coroutine body's tail calls made the frame that {@code callerSite} called. */
  private static boolean bodyTailCall(Node callerSite) {
    for (Node n = callerSite; n != null; n = n.getParent()) {
      if (n instanceof BodyTailDispatcher d) {
        return d.isTailDispatchSite(callerSite);
      }
    }
    return false;
  }

  /** A chain of tail calls run from a builtin: the call site it hides and its calls so far. */
  public record TailSite(Node caller, int tails) {}

  /**
   * The stack as PUC sees it. While an xpcall handler runs (see {@link #callHandler}) the levels
   * of the failed call are still there, between the handler and xpcall: PUC calls the handler
   * where the error was raised, before unwinding.
   */
  @TruffleBoundary
  public static List<Level> levels() {
    return levels(false);
  }

  /** {@link #levels()}; with {@code writable}, each live level's frame may be written. */
  @TruffleBoundary
  public static List<Level> levels(boolean writable) {
    List<HandlerSite> sites = LuaContext.get(null).handlerSites;
    if (sites.isEmpty()) {
      return currentLevels(writable, 0);
    }
    int n = sites.size();
    int[] cuts = new int[n];
    RootNode[] catchers = new RootNode[n];
    List<List<LuaRootNode>> live = new ArrayList<>(java.util.Collections.nCopies(n, null));
    List<Level> current = currentLevels(writable, 0, Integer.MAX_VALUE, cuts, catchers, live);
    // the outermost site is deepest in the list: splicing it first leaves the others' places
    for (int s = 0; s < n; s++) {
      if (cuts[s] < 0) {
        continue; // its builtin is in another coroutine's part of the stack
      }
      List<Level> errorLevels = sites.get(s).errorLevels(catchers[s], live.get(s));
      if (errorLevels.isEmpty()) {
        continue;
      }
      List<Level> spliced = new ArrayList<>(current.size() + errorLevels.size());
      spliced.addAll(current.subList(0, cuts[s]));
      spliced.addAll(errorLevels);
      spliced.addAll(current.subList(cuts[s], current.size()));
      current = spliced;
    }
    return current;
  }

  /**
   * An xpcall message handler in progress, for the error it handles. The levels that error
   * unwound are worked out only when something asks for the stack while the handler runs (a
   * traceback, debug.getinfo): most handlers never do, and a stack walk costs far more than
   * the rest of an error.
   */
  public static final class HandlerSite {
    private final Throwable error;
    /** The handler call whose own error this one handles (PUC calls the handler again there). */
    private final HandlerSite failed;

    private List<Level> errorLevels;

    HandlerSite(Throwable error, HandlerSite failed) {
      this.error = error;
      this.failed = failed;
    }

    /**
     * The levels the error unwound up to {@code catcher}, the builtin that caught it, with {@code
     * stack} the Lua roots on the stack now (innermost first).
     */
    List<Level> errorLevels(RootNode catcher, List<LuaRootNode> stack) {
      if (errorLevels == null) {
        List<Level> own =
            error == null || catcher == null ? List.of() : LuaStack.errorLevels(error, catcher, stack);
        if (failed != null) {
          // the failed handler ran where its error was raised: its error's levels are below
          own = new ArrayList<>(own);
          own.addAll(failed.errorLevels(catcher, stack));
        }
        errorLevels = own;
      }
      return errorLevels;
    }
  }

  /**
   * The call site that the frame of a builtin running the message handler of handler site
   * {@code depth} (nested handlers have the next depths) reports: {@link #levels} finds where
   * that site's error levels go by it. Frames that a builtin called inside the handler may
   * report it too, so the outermost frame with the site is the one.
   */
  private static final class HandlerCallSite extends Node {
    final int depth;

    HandlerCallSite(int depth) {
      this.depth = depth;
      new TailCallRoot(this).adoptChildren();
    }
  }

  private static volatile HandlerCallSite[] handlerCallSites = new HandlerCallSite[0];

  private static HandlerCallSite handlerCallSite(int depth) {
    HandlerCallSite[] all = handlerCallSites;
    if (depth < all.length) {
      return all[depth];
    }
    synchronized (LuaStack.class) {
      all = handlerCallSites;
      if (depth >= all.length) {
        HandlerCallSite[] grown = java.util.Arrays.copyOf(all, Math.max(depth + 1, all.length * 2));
        for (int i = all.length; i < grown.length; i++) {
          grown[i] = new HandlerCallSite(i);
        }
        handlerCallSites = all = grown;
      }
      return all[depth];
    }
  }

  /**
   * Calls an xpcall message handler for {@code error}, which was caught by the builtin at level 0
   * of the current stack: while it runs, {@link #levels()} includes the levels {@code error} passed
   * through, so {@code debug.traceback} in the handler shows where the error happened.
   */
  @TruffleBoundary
  public static Object[] callHandler(Object handler, Object value, Throwable error) {
    return callHandler(handler, error, value);
  }

  /** {@link #callHandler(Object, Object, Throwable)} with more arguments after the error value. */
  public static Object[] callHandler(Object handler, Throwable error, Object... args) {
    return callHandler(handler, new HandlerSite(error, null), args);
  }

  /**
   * The handler site for calling a message handler again for {@code error}, raised by its call
   * at {@code failed}.
   */
  public static HandlerSite handlerSite(Throwable error, HandlerSite failed) {
    return new HandlerSite(error, failed);
  }

  /** Calls a message handler for the error of {@code handlerSite} (see {@link #handlerSite}). */
  @TruffleBoundary
  public static Object[] callHandler(Object handler, HandlerSite handlerSite, Object... args) {
    List<HandlerSite> sites = LuaContext.get(null).handlerSites;
    Node site = handlerCallSite(sites.size());
    sites.add(handlerSite);
    EncapsulatingNodeReference ref = EncapsulatingNodeReference.getCurrent();
    Node prev = ref.set(site);
    try {
      return LuaCalls.callArgs(handler, args);
    } finally {
      ref.set(prev);
      sites.remove(sites.size() - 1);
    }
  }

  private static boolean endsWith(List<LuaRootNode> roots, List<LuaRootNode> tail) {
    int from = roots.size() - tail.size();
    for (int i = 0; i < tail.size(); i++) {
      if (roots.get(from + i) != tail.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The first metamethod call site {@code error} recorded in {@code root}; null if none. */
  private static Node metaSiteIn(LuaError error, RootNode root) {
    for (Node site : error.getMetaSites()) {
      if (site.getRootNode() == root) {
        return site;
      }
    }
    return null;
  }

  /** The levels of a coroutine that died of an error: those the error unwound. */
  @TruffleBoundary
  public static List<Level> deadLevels(LuaCoroutine co) {
    // the tail calls that led to the body's bottom function are recorded on the error
    return errorLevels(co.deathError, co.deathCatcher);
  }

  /**
   * The Lua levels an error unwound up to {@code catcher}, innermost first, from the stack trace
   * Truffle recorded: what a message handler sees, since PUC calls it where the error was raised.
   */
  @TruffleBoundary
  public static List<Level> errorLevels(Throwable error, RootNode catcher) {
    return errorLevels(error, catcher, List.of());
  }

  /**
   * {@link #errorLevels(Throwable, RootNode)} for an error whose trace may be completed only now,
   * with {@code stack} (innermost first) the Lua roots on the stack: Truffle's trace then holds
   * the levels the error unwound followed by the whole stack as it is now.
   */
  private static List<Level> errorLevels(Throwable error, RootNode catcher, List<LuaRootNode> stack) {
    List<TruffleStackTraceElement> trace = TruffleStackTrace.getStackTrace(error);
    List<LuaRootNode> roots = new ArrayList<>();
    List<Node> sites = new ArrayList<>();
    List<Object> frames = new ArrayList<>();
    int end = -1; // the first element of the catcher
    if (trace != null) {
      for (TruffleStackTraceElement el : trace) {
        RootNode root = el.getTarget().getRootNode();
        if (root == catcher && end < 0) {
          end = roots.size();
          if (stack.isEmpty()) {
            break; // Truffle's trace goes on below the builtin that caught the error
          }
        }
        if (root instanceof LuaRootNode lr && !lr.isInternal()) {
          roots.add(lr);
          sites.add(el.getLocation());
          frames.add(el.getFrame());
        }
      }
    }
    int unwound = roots.size() - stack.size();
    if (stack.isEmpty() || unwound < 0 || !endsWith(roots, stack)) {
      unwound = end < 0 ? roots.size() : end;
    }
    roots.subList(unwound, roots.size()).clear();
    sites.subList(unwound, sites.size()).clear();
    frames.subList(unwound, frames.size()).clear();
    if (error instanceof LuaError le && le.isCallSetupError() && !roots.isEmpty()) {
      // "stack overflow" came from a call that never started its function: lua5.1 raises it
      // in the caller (luaD_precall), so the callee is no level
      roots.remove(0);
      sites.remove(0);
      frames.remove(0);
    }
    List<Level> out = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      LuaRootNode root = roots.get(i);
      int line = lineIn(sites.get(i), root);
      if (line < 0 && error instanceof LuaError le) {
        // a metamethod's call (or the tail calls it ran) recorded no location in this frame
        Node meta = metaSiteIn(le, root);
        if (meta != null) {
          line = lineIn(meta, root);
        }
      }
      out.add(
          isHiddenTailFrame(sites.get(i))
              ? TAIL_CALL
              : new Level(root, null, line, sites.get(i), frames.get(i)));
      if (i + 1 < roots.size() && enteredByTailCall(sites.get(i + 1))) {
        int tails = error instanceof LuaError le ? le.takeTailChain(root) : 0;
        for (int k = Math.max(1, tails); k > 0; k--) {
          out.add(TAIL_CALL);
        }
      } else if ((i + 1 == roots.size() || !roots.get(i + 1).isLua())
          && error instanceof LuaError le) {
        // entered by a chain of tail calls that a builtin ran (the catcher, or a builtin below):
        // its calls leave no location
        for (int k = le.takeTailChain(root); k > 0; k--) {
          out.add(TAIL_CALL);
        }
      }
    }
    return out;
  }

  /**
   * The levels of a "normal" coroutine (one that resumed the running one, directly or not): live
   * frames further down the stack, from the coroutine.resume it is executing.
   */
  @TruffleBoundary
  public static List<Level> normalLevels(LuaCoroutine co, boolean writable) {
    int hops = 0;
    LuaCoroutine c = LuaContext.get(null).currentCoroutine;
    while (c != null && c != co) {
      c = c.resumer;
      hops++;
    }
    return c == null ? List.of() : currentLevels(writable, hops);
  }

  /**
   * The live levels of one coroutine: {@code segment} 0 is the running one's, 1 the one that
   * resumed it (from that resume), and so on.
   */
  private static List<Level> currentLevels(boolean writable, int segment) {
    return currentLevels(writable, segment, Integer.MAX_VALUE);
  }

  /**
   * {@link #currentLevels(boolean, int)} from the innermost {@code maxRoots} activations only:
   * outside coroutines, the first {@code maxRoots - 1} levels are those of the whole stack.
   */
  private static List<Level> currentLevels(boolean writable, int segment, int maxRoots) {
    return currentLevels(writable, segment, maxRoots, null, null, null);
  }

  /**
   * {@link #currentLevels(boolean, int, int)}; with {@code cuts}, also where the levels of the
   * errors of the running message handlers go: for handler site {@code k}, the index in the
   * result of the builtin that called it (-1 if not in this segment), that builtin's root and
   * the roots of the whole stack.
   */
  private static List<Level> currentLevels(
      boolean writable,
      int segment,
      int maxRoots,
      int[] cuts,
      RootNode[] catchers,
      List<List<LuaRootNode>> live) {
    boolean inCoroutine = inCoroutine();
    // per handler site, the number of roots inside the frame of the builtin that called it
    int[] cutRoots = cuts == null ? null : new int[cuts.length];
    if (cuts != null) {
      java.util.Arrays.fill(cuts, -1);
      java.util.Arrays.fill(cutRoots, -1);
    }
    LuaContext ctx = LuaContext.get(null);
    List<LuaRootNode> roots = new ArrayList<>();
    List<Node> callNodes = new ArrayList<>();
    List<Object> functions = new ArrayList<>();
    List<Frame> frames = new ArrayList<>();
    FrameInstance.FrameAccess access =
        writable ? FrameInstance.FrameAccess.READ_WRITE : FrameInstance.FrameAccess.READ_ONLY;
    Truffle.getRuntime()
        .iterateFrames(
            (FrameInstance fi) -> {
              if (roots.size() >= maxRoots) {
                return Boolean.TRUE; // stops the walk
              }
              RootNode root = ((RootCallTarget) fi.getCallTarget()).getRootNode();
              if (cutRoots != null
                  && fi.getCallNode() instanceof HandlerCallSite h
                  && h.depth < cutRoots.length) {
                cutRoots[h.depth] = roots.size(); // the walk goes outwards: the last one found
              }
              if (root instanceof LuaRootNode lr && !lr.isInternal()) {
                roots.add(lr);
                callNodes.add(fi.getCallNode());
                Frame f = fi.getFrame(access);
                frames.add(f);
                Object[] args = f.getArguments();
                functions.add(args.length > 0 ? args[0] : null);
              }
              return null;
            });
    // the outermost resumes are running coroutines (one per coroutine in the chain of resumers);
    // an inner one has not started its coroutine yet (a hook runs in it) or has finished
    int notResuming = 0;
    if (inCoroutine) {
      for (LuaRootNode r : roots) {
        notResuming += !r.isLua() && isResume(r) ? 1 : 0;
      }
      for (LuaCoroutine c = ctx.currentCoroutine; c != null; c = c.resumer) {
        notResuming--;
      }
    }
    // a frame running a tail call chain for a builtin shows TAIL_CALL_SITE: its line is that of
    // the call it hides (the active chains nest as the frames do, innermost last)
    Node[] lineSites = callNodes.toArray(new Node[0]);
    int[] chainTails = new int[lineSites.length];
    List<TailSite> tailSites = ctx.tailSites;
    for (int i = 0, t = tailSites.size() - 1; i < lineSites.length && t >= 0; i++) {
      if (lineSites[i] == TAIL_CALL_SITE) {
        TailSite ts = tailSites.get(t--);
        lineSites[i] = ts.caller();
        chainTails[i] = ts.tails();
      }
    }
    List<Level> out = new ArrayList<>();
    int seg = 0;
    for (int i = 0; i < roots.size(); i++) {
      LuaRootNode root = roots.get(i);
      if (cutRoots != null && seg == segment) {
        for (int k = 0; k < cutRoots.length; k++) {
          if (cutRoots[k] == i) {
            cuts[k] = out.size();
            catchers[k] = root;
            live.set(k, roots);
          }
        }
      }
      int line = lineIn(lineSites[i], root);
      if (ctx.hookSite != null && callNodes.get(i) == ctx.hookSite) {
        line = ctx.hookSiteLine; // a line hook's function: at the line the event reported
      }
      if (line < 0 && i > 0) {
        line = lineIn(callNodes.get(i - 1), root);
      }
      if (!root.isLua() && inCoroutine && isResume(root) && notResuming-- <= 0) {
        // a coroutine's stack ends where coroutine.resume (or a wrap function) called it, and the
        // resuming coroutine's starts there
        if (seg++ == segment) {
          break;
        }
        if (seg < segment) {
          continue;
        }
      } else if (seg != segment) {
        continue;
      }
      Object fn = functions.get(i);
      // a Lua function running a chain of tail calls for a metamethod is at that metamethod's
      // site (which tells its active locals)
      Node site = callNodes.get(i);
      if (site == TAIL_CALL_SITE && lineSites[i] != null && lineSites[i].getRootNode() == root) {
        site = lineSites[i];
      }
      out.add(
          isHiddenTailFrame(callNodes.get(i))
              ? TAIL_CALL
              : new Level(
                  root, fn instanceof LuaFunction f ? f : null, line, site, frames.get(i)));
      if (i + 1 < roots.size() && enteredByTailCall(callNodes.get(i + 1))) {
        int tails =
            chainTails[i + 1] > 0
                ? chainTails[i + 1]
                : tailCount(roots.get(i + 1), frames.get(i + 1));
        addTailLevels(out, ctx, callNodes.get(i), tails);
      } else if (i + 1 < roots.size() && bodyTailCall(callNodes.get(i + 1))) {
        // the bottom of this segment's coroutine, entered by its body's tail calls
        LuaCoroutine co = ctx.currentCoroutine;
        for (int k = 0; k < segment && co != null; k++) {
          co = co.resumer;
        }
        int tails = co == null ? 1 : Math.max(1, co.bodyTails);
        addTailLevels(out, ctx, callNodes.get(i), tails);
      }
    }
    return out;
  }

  /**
   * The {@code tails} "(tail call)" levels below the activation executing {@code site}, as a hook
   * running in it sees them: its tail return events count them down, and in its call hook the
   * first one is still the calling function.
   */
  private static void addTailLevels(List<Level> out, LuaContext ctx, Node site, int tails) {
    if (ctx.hookTailsSite != null && site == ctx.hookTailsSite) {
      tails = ctx.hookTailsLeft;
    }
    int k = 0;
    Level caller = hookedTailCaller(ctx, site);
    if (caller != null) {
      out.add(caller);
      k++;
    }
    for (; k < tails; k++) {
      out.add(TAIL_CALL);
    }
  }

  /**
   * In the call hook of a function entered by a tail call (the activation executing {@code site}):
   * the calling activation at its tail call, which PUC replaces only after the hook (its frame,
   * no longer on the stack, came with the tail call).
   */
  private static Level hookedTailCaller(LuaContext ctx, Node site) {
    if (!(ctx.hookTailCallSite instanceof Node call)
        || site != ctx.hookNamed
        || !(call.getRootNode() instanceof LuaRootNode root)) {
      return null;
    }
    Frame frame = ctx.hookTailCallFrame instanceof Frame f ? f : null;
    Object[] args = frame == null ? null : frame.getArguments();
    LuaFunction function =
        args != null && args.length > 0 && args[0] instanceof LuaFunction fn ? fn : null;
    return new Level(root, function, lineIn(call, root), call, frame);
  }

  /** How many tail calls the call running in {@code frame} made (at least one). */
  private static int tailCount(LuaRootNode root, Frame frame) {
    if (root instanceof LuaFunctionRootNode fr
        && frame != null
        && frame.getAuxiliarySlot(fr.getTailsSlot()) instanceof Integer n
        && n > 1) {
      return n;
    }
    return 1;
  }

  /** Whether a frame whose caller is executing {@code callerSite} was entered by a tail call. */
  private static boolean enteredByTailCall(Node callerSite) {
    if (callerSite == TAIL_CALL_SITE) {
      return true;
    }
    return luaNodeOf(callerSite) instanceof TailDispatcher d && d.isTailDispatchSite(callerSite);
  }

  private static boolean isResume(LuaRootNode builtin) {
    return builtin instanceof org.lunacy.nodes.LuaBuiltinRootNode b
        && b.getBuiltin().resumesCoroutine();
  }

  /**
   * The levels of a suspended coroutine, from the records its yield left (innermost first): the
   * builtin that yielded, then one level per Lua activation (each function root records its
   * frame after the nodes of that activation). Empty for a coroutine without a stack.
   */
  @TruffleBoundary
  public static List<Level> suspendedLevels(LuaCoroutine co) {
    List<Level> out = new ArrayList<>();
    if (!co.hasRecords()) {
      return out;
    }
    Node site = null;
    int base = 0;
    for (int i = 0; i < co.recordCount(); i++) {
      Node node = co.recordNode(i);
      if (node instanceof LuaRootNode root) {
        // each root saved its frame's slots as the yield passed, innermost first
        SavedFrame saved = new SavedFrame(co, base);
        base += root.getFrameDescriptor().getNumberOfSlots();
        out.add(new Level(root, null, site == null ? -1 : lineIn(site, root), site, saved));
        site = null;
      } else if (site == null) {
        site = node;
        // the call this activation is in called the level below: that level's function
        if (!out.isEmpty()
            && out.get(out.size() - 1).isLua()
            && node instanceof LuaCallNode
            && callee(co.recordValue(i, 0)) instanceof LuaFunction f) {
          out.set(out.size() - 1, withFunction(out.get(out.size() - 1), f));
        }
        if (!out.isEmpty() && node instanceof LuaCallNode && co.recordValue(i, 1) instanceof Integer n) {
          for (int k = 0; k < n; k++) {
            out.add(TAIL_CALL); // the call reached the level below through tail calls
          }
        }
        if (out.isEmpty()
            && node instanceof LuaCallNode
            && co.recordValue(i, 0) instanceof LuaFunction f
            && f.isBuiltin()) {
          out.add(new Level((LuaRootNode) f.callTarget.getRootNode(), f, -1, null, null));
        }
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1).isLua()) {
      out.set(out.size() - 1, withFunction(out.get(out.size() - 1), co.bottom));
    }
    for (int k = 0; k < co.bodyTails && !out.isEmpty(); k++) {
      out.add(TAIL_CALL); // the body reached its bottom function through tail calls
    }
    return out;
  }

  /** The function a call of {@code v} runs: itself or its {@code __call} metamethod. */
  private static Object callee(Object v) {
    return v == null || v instanceof LuaFunction ? v : LuaOps.getMetamethod(v, "__call");
  }

  private static Level withFunction(Level l, LuaFunction f) {
    return new Level(l.root(), f, l.line(), l.site(), l.frame());
  }

  /** Whether the running code is a coroutine's (its stack has no C function at the bottom). */
  public static boolean inCoroutine() {
    return LuaContext.get(null).currentCoroutine != null;
  }

  /**
   * getfuncname: how the function at a level was called, as {@code {namewhat, name}} ("global",
   * "f"), from the call its caller is executing; null when the caller is not Lua code or is not
   * executing a call (a metamethod, a tail call).
   */
  @TruffleBoundary
  public static String[] calledAs(List<Level> levels, int level) {
    LuaContext ctx = LuaContext.get(null);
    if (ctx.hookNameSite instanceof TailDispatcher call
        && levels.get(level).site() != null
        && levels.get(level).site() == ctx.hookNamed) {
      return describe(call.getCalleeDesc()); // a hook's function entered by a tail call
    }
    if (level + 1 >= levels.size() || levels.get(level).isTailCall()) {
      return null;
    }
    Level caller = levels.get(level + 1);
    if (!caller.isLua()) {
      return null;
    }
    Node n = luaNodeOf(caller.site());
    if (n instanceof LuaCallNode call) {
      String desc = call.getCalleeDesc();
      // the dispatcher of a tail call chain named the chain's first function; in a call hook
      // that function can be a level again (hookedTailCaller)
      boolean hookedCaller =
          levels.get(level).site() != null && levels.get(level).site() == ctx.hookTailCallSite;
      if (desc == null || (call.isTailDispatchSite(caller.site()) && !hookedCaller)) {
        return null;
      }
      return describe(desc);
    }
    // the iterator call of a generic for: from its loop body node, under the loop node
    for (Node m = n; m != null && !(m instanceof LuaCallNode); m = m.getParent()) {
      if (m instanceof LuaGenericForNode) {
        // OP_TFORLOOP names its register A: the hidden local "(for generator)"
        return new String[] {"local", "(for generator)"};
      }
      if (m != n && m instanceof org.lunacy.nodes.LuaStatementNode) {
        break;
      }
    }
    return null;
  }

  /** {@code "local 'f'"} as {@code {"local", "f"}}; null for no description. */
  private static String[] describe(String desc) {
    if (desc == null) {
      return null;
    }
    int q = desc.indexOf('\'');
    return new String[] {desc.substring(0, q).trim(), desc.substring(q + 1, desc.length() - 1)};
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
    // each activation is at least one level, and the one below tells whether it was entered by a
    // tail call: the first level + 2 activations give the level. In a coroutine, or while a
    // message handler runs, the levels depend on the whole stack.
    List<Level> levels =
        inCoroutine() || !LuaContext.get(null).handlerSites.isEmpty() || level < 0
            ? levels()
            : currentLevels(false, 0, (int) Math.min(level + 2L, Integer.MAX_VALUE));
    if (level < levels.size()) {
      Level l = levels.get(level);
      if (l.isLua() && l.line() > 0) {
        return l.root().getChunkId() + ":" + l.line() + ": ";
      }
    }
    return "";
  }
}
