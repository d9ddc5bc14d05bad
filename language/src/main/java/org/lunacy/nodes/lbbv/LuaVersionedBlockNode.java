package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lunacy.LuaLanguage;
import org.lunacy.nodes.LuaRootNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.control.LuaGenericForNode;
import org.lunacy.nodes.control.LuaLocalFunctionNode;
import org.lunacy.nodes.control.LuaNumericForNode;
import org.lunacy.nodes.local.LuaLocalReadNode;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.nodes.local.LuaLocalWriteNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaYield;

/**
 * Lazy basic block versioning for one block (a function body or a loop body): versions of the
 * block, each a copy of its nodes specialized by {@link LuaBlockSpecializer} to the <em>type
 * context</em> it was first entered with (the types of the locals live at entry).
 *
 * <p>Entering the block guards the context: one type test per live local whose type is not
 * already known statically (a loop's invariant locals are known from the enclosing version, a
 * numeric {@code for}'s control variable is always a number). The first version whose types
 * match runs; when none does, a new version is built for the types seen, up to {@code
 * --lua.MaxBlockVersions}, after which the block's generic version (its unspecialized nodes)
 * runs. The template itself never runs: every version is a fresh copy, so versions do not share
 * profiles.
 *
 * <p>Versions are keyed only by the guards their specialization relied on (see {@link
 * LuaBlockSpecializer}), so a version that needed no type runs for every entry. A coroutine that
 * yielded inside the block resumes in the version it was running.
 */
public final class LuaVersionedBlockNode extends LuaStatementNode {
  /** The block as translated; copied for each version, never executed or adopted. */
  private final LuaStatementNode template;
  /** Describes the block for {@code --lua.TraceBlockVersions}. */
  private final String what;
  private final boolean countChecks;

  /** Types known without a guard (from the enclosing version), by slot; null if none. */
  private byte[] staticContext;
  /** A numeric {@code for}'s control variable: a number at every entry. */
  private LuaLocalVar control;

  /** For a loop body: the frame slot holding 1 + the index of the version that ran last. */
  private int loopSlot = -1;
  /** Locals a loop assigns before each iteration (generic {@code for} variables). */
  private LuaLocalVar[] loopVars = new LuaLocalVar[0];
  /**
   * Per version: whether one of its iterations leaves its guarded locals with the types it
   * guarded, so the next iteration of the same loop enters it without testing them again.
   */
  @CompilationFinal(dimensions = 1)
  private boolean[] sustaining = new boolean[0];

  /**
   * Whether the loop slot is in use: only once some version of a loop body tests a guard (a body
   * whose entry types are all known statically tests nothing and tracks nothing).
   */
  @CompilationFinal private boolean tracking;

  /** The live locals whose types are guarded at entry (computed on first entry). */
  @CompilationFinal(dimensions = 1)
  private LuaLocalVar[] guarded;

  /** Per version: the guards it relies on (indices into {@link #guarded}) and their types. */
  @CompilationFinal(dimensions = 2)
  private int[][] keyGuards = new int[0][];

  @CompilationFinal(dimensions = 2)
  private byte[][] keyTypes = new byte[0][];

  /** Per version: what it relies on besides its guards (call result types), or null. */
  @CompilationFinal(dimensions = 2)
  private Assumption[][] assumptions = new Assumption[0][];

  /**
   * Per version: calls whose result types were not known when it was built (their callee had
   * not returned yet), or null. Once they are known the version is retired and built again.
   */
  @CompilationFinal(dimensions = 1)
  private LuaCallSite[][] pendingCalls = new LuaCallSite[0][];

  /** Per version: retired; it only finishes activations that were inside it (coroutines). */
  @CompilationFinal(dimensions = 1)
  private boolean[] retired = new boolean[0];

  @Children private final LuaStatementNode[] versions;
  @CompilationFinal private int count;
  @Child private LuaStatementNode generic;

  public LuaVersionedBlockNode(LuaStatementNode template, String what, int maxVersions, boolean countChecks) {
    this.template = template;
    this.what = what;
    this.countChecks = countChecks;
    this.versions = new LuaStatementNode[Math.max(0, maxVersions)];
  }

  public LuaStatementNode getTemplate() {
    return template;
  }

  public void setLoop(int slot, LuaLocalVar[] vars) {
    this.loopSlot = slot;
    this.loopVars = vars;
  }

  /** A loop starts: its first iteration tests the guards. */
  public static void enterLoop(org.lunacy.nodes.LuaStatementNode body, VirtualFrame frame) {
    if (body instanceof LuaVersionedBlockNode v && v.tracking && CompilerDirectives.inInterpreter()) {
      frame.setInt(v.loopSlot, 0);
    }
  }

  /** Called by the enclosing version's specializer before this copy first runs. */
  void setStaticContext(byte[] context, LuaLocalVar controlVar) {
    this.staticContext = context;
    this.control = controlVar;
  }

  @Override
  public Node copy() {
    // a copy starts without versions: they are built for its own entries
    LuaVersionedBlockNode c = new LuaVersionedBlockNode(template, what, versions.length, countChecks);
    c.setLine(getLine());
    c.setLoop(loopSlot, loopVars);
    return c;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    if (guarded == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      guarded = computeGuarded();
    }
    // a yield inside the block resumes in the version it left (the frame still fits its types)
    LuaCoroutine co = resuming(frame);
    int chosen = co != null ? resumedVersion(co) : choose(frame);
    return runVersion(frame, chosen, co);
  }

  /**
   * The version whose guards a fresh entry passes, or -1 (the generic version or a new one).
   * FULL_UNROLL: its exits share the code after them, so a fresh entry and a resume meet again
   * before the versions run (with the default kind, a function that coroutines resume compiled
   * everything below the block twice).
   */
  @ExplodeLoop(kind = ExplodeLoop.LoopExplosionKind.FULL_UNROLL)
  private int choose(VirtualFrame frame) {
    // compiled code tests the guards instead: they fold against the types the previous
    // iteration produced, where the slot would cost a store and a merge per iteration
    boolean track = tracking && CompilerDirectives.inInterpreter();
    int last = track && frame.isInt(loopSlot) ? frame.getInt(loopSlot) : 0;
    for (int i = 0; i < count; i++) {
      if (valid(i)
          && ((last == i + 1 && sustaining[i]) || matches(frame, keyGuards[i], keyTypes[i]))) {
        if (pendingCalls[i] != null && CompilerDirectives.inInterpreter() && retireIfKnown(i)) {
          continue;
        }
        return i;
      }
    }
    return -1;
  }

  /**
   * Runs version {@code chosen} (-1: the generic one, or a new one). One unrolled test per
   * version, for a fresh entry and a resume alike: each version is run from one place, so
   * compiled code holds one copy of it, and calls a constant node (a node read from the array by
   * a computed index would be a virtual call that lets the frame escape).
   */
  @ExplodeLoop
  private Object runVersion(VirtualFrame frame, int chosen, LuaCoroutine co) {
    for (int i = 0; i < count; i++) {
      if (chosen == i) {
        return run(frame, versions[i], i);
      }
    }
    if (co != null && generic == null) {
      // unreachable: a record names a version that ran. Calling through the null node would
      // be an unresolved call that lets the frame escape in compiled code.
      CompilerDirectives.transferToInterpreterAndInvalidate();
      throw new IllegalStateException("coroutine resumed into a missing block version");
    }
    if (generic != null) {
      return run(frame, generic, -1);
    }
    CompilerDirectives.transferToInterpreterAndInvalidate();
    int index = newVersion(frame);
    return run(frame, index < 0 ? generic : versions[index], index);
  }

  private Object run(VirtualFrame frame, LuaStatementNode body, int index) {
    if (tracking && CompilerDirectives.inInterpreter()) {
      frame.setInt(loopSlot, index + 1);
    }
    Object c = body.execute(frame);
    if (!isYield(c) || (index == 0 && count == 1 && generic == null)) {
      // the block's only version leaves no record: a resume that finds none continues in it
      return c;
    }
    return suspend((LuaYield) c, index + 1);
  }

  /**
   * The version a resumed activation was running: the one its record names, or the first when
   * the yield left no record (the block had one version then). The next record is always of this
   * activation (its call that yielded has one); it is this block's when it names a copy of the
   * same block: a split copy of the function may continue the activation, and no block nested in
   * this one has its template.
   */
  private int resumedVersion(LuaCoroutine co) {
    if (co.topRecordNode() instanceof LuaVersionedBlockNode v && v.template == template) {
      return resumePhase(co) - 1;
    }
    return 0;
  }

  /** Whether version {@code i} may take new entries: not retired, its assumptions hold. */
  @ExplodeLoop
  private boolean valid(int i) {
    if (retired[i]) {
      return false;
    }
    Assumption[] as = assumptions[i];
    if (as != null) {
      for (int k = 0; k < as.length; k++) {
        if (!as[k].isValid()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Retires version {@code i} once the calls it could not type have all returned, so that a new
   * version types them, if the cap leaves room for it and one of the callees returns numbers.
   */
  private boolean retireIfKnown(int i) {
    if (count >= versions.length) {
      return false;
    }
    boolean typed = false;
    for (LuaCallSite site : pendingCalls[i]) {
      if (site.isPending()) {
        return false;
      }
      LuaReturnProfile p = site.getProfile();
      typed |= p != null && p.getType() == LuaType.NUMBER;
    }
    CompilerDirectives.transferToInterpreterAndInvalidate();
    if (!typed) {
      // nothing to learn from these callees: the version stays
      LuaCallSite[][] pc = pendingCalls.clone();
      pc[i] = null;
      pendingCalls = pc;
      return false;
    }
    boolean[] r = retired.clone();
    r[i] = true;
    retired = r;
    trace("version " + (i + 1) + " retired: its calls have returned");
    return true;
  }

  @ExplodeLoop
  private boolean matches(VirtualFrame frame, int[] guards, byte[] types) {
    for (int j = 0; j < guards.length; j++) {
      if (countChecks) {
        LuaTypeChecks.add(1);
      }
      int slot = guarded[guards[j]].slot;
      boolean is =
          frame.isDouble(slot)
              ? types[j] == LuaType.NUMBER
              : LuaType.is(frame.getObject(slot), types[j]);
      if (!is) {
        return false;
      }
    }
    return true;
  }

  /** Builds the version for the frame's types; returns its index, or -1 for the generic one. */
  private int newVersion(VirtualFrame frame) {
    if (count >= versions.length) {
      generic = insert((LuaStatementNode) template.deepCopy());
      trace("generic version (" + count + " versions made)");
      return -1;
    }
    byte[] key = new byte[guarded.length];
    for (int j = 0; j < guarded.length; j++) {
      key[j] = LuaType.of(org.lunacy.nodes.local.LuaLocalReadNode.value(frame, guarded[j].slot));
    }
    int slots = frame.getFrameDescriptor().getNumberOfSlots();
    byte[] ctx = staticContext != null ? Arrays.copyOf(staticContext, slots) : new byte[slots];
    long[] deps = new long[slots];
    for (int j = 0; j < guarded.length; j++) {
      ctx[guarded[j].slot] = key[j];
      deps[guarded[j].slot] = LuaBlockSpecializer.bit(j);
    }
    if (control != null && !control.captured) {
      ctx[control.slot] = LuaType.NUMBER;
    }
    String description = LuaLanguage.get(this).traceBlockVersions ? describe(ctx) : null;
    // in place before specializing: the specializer may replace the copy's root block
    versions[count] = insert((LuaStatementNode) template.deepCopy());
    LuaBlockSpecializer sp = LuaBlockSpecializer.specialize(
            versions[count], ctx, deps, versions.length, countChecks, loopSlot < 0);
    long consumed = sp.consumed();
    Assumption[] relied = sp.assumptions();
    Assumption[][] as = Arrays.copyOf(assumptions, count + 1);
    as[count] = relied.length == 0 ? null : relied;
    assumptions = as;
    LuaCallSite[][] pc = Arrays.copyOf(pendingCalls, count + 1);
    pc[count] = sp.pending();
    pendingCalls = pc;
    retired = Arrays.copyOf(retired, count + 1);
    // the version is keyed only by the guards its specialization relied on
    int n = 0;
    for (int j = 0; j < guarded.length; j++) {
      if ((consumed & LuaBlockSpecializer.bit(j)) != 0) {
        n++;
      }
    }
    int[] guards = new int[n];
    byte[] types = new byte[n];
    n = 0;
    for (int j = 0; j < guarded.length; j++) {
      if ((consumed & LuaBlockSpecializer.bit(j)) != 0) {
        guards[n] = j;
        types[n++] = key[j];
      }
    }
    int[][] kg = Arrays.copyOf(keyGuards, count + 1);
    kg[count] = guards;
    keyGuards = kg;
    byte[][] kt = Arrays.copyOf(keyTypes, count + 1);
    kt[count] = types;
    keyTypes = kt;
    // ctx now holds the types at the end of the body: do they still match the guards?
    boolean sustains = loopSlot >= 0;
    for (int j = 0; j < guards.length && sustains; j++) {
      LuaLocalVar v = guarded[guards[j]];
      sustains = ctx[v.slot] == types[j] && !Arrays.asList(loopVars).contains(v);
    }
    tracking |= loopSlot >= 0 && guards.length > 0;
    boolean[] su = Arrays.copyOf(sustaining, count + 1);
    su[count] = sustains;
    sustaining = su;
    count++;
    if (description != null) {
      StringBuilder g = new StringBuilder();
      for (int j : guards) {
        g.append(g.length() == 0 ? "" : ", ").append(guarded[j].name);
      }
      trace("version " + count + " " + description + " guards [" + g + "]"
          + (relied.length > 0 ? " calls typed " + relied.length / 2 : "")
          + (pc[count - 1] != null ? " calls pending " + pc[count - 1].length : "")
          + (sustaining[count - 1] ? " (kept across iterations)" : ""));
    }
    return count - 1;
  }

  /** Locals read in the block before any declaration in it, minus those known statically. */
  private LuaLocalVar[] computeGuarded() {
    Set<LuaLocalVar> read = new LinkedHashSet<>();
    Set<LuaLocalVar> declared = new java.util.HashSet<>();
    collect(template, read, declared);
    List<LuaLocalVar> out = new ArrayList<>();
    for (LuaLocalVar v : read) {
      if (v.captured || declared.contains(v) || v == control) {
        continue;
      }
      if (staticContext != null && v.slot < staticContext.length && staticContext[v.slot] != LuaType.UNKNOWN) {
        continue;
      }
      out.add(v);
    }
    return out.toArray(new LuaLocalVar[0]);
  }

  private static void collect(Node n, Set<LuaLocalVar> read, Set<LuaLocalVar> declared) {
    if (n instanceof LuaVersionedBlockNode v) {
      collect(v.template, read, declared);
      return;
    }
    if (n instanceof LuaLocalReadNode r) {
      read.add(r.getVar());
    } else if (n instanceof LuaLocalWriteNode w && w.isDeclaration()) {
      declared.add(w.getVar());
    } else if (n instanceof LuaLocalFunctionNode lf) {
      declared.add(lf.getVar());
    } else if (n instanceof LuaGenericForNode g) {
      declared.addAll(Arrays.asList(g.getVars()));
    } else if (n instanceof LuaNumericForNode f) {
      declared.add(f.getVar());
    }
    for (Node child : n.getChildren()) {
      collect(child, read, declared);
    }
  }

  /** The entry context: guarded locals, then locals whose types are known statically. */
  private String describe(byte[] ctx) {
    StringBuilder sb = new StringBuilder("{");
    Set<LuaLocalVar> read = new LinkedHashSet<>();
    Set<LuaLocalVar> declared = new java.util.HashSet<>();
    collect(template, read, declared);
    List<LuaLocalVar> guards = Arrays.asList(guarded);
    for (LuaLocalVar v : read) {
      if (v.captured || declared.contains(v) || v.slot >= ctx.length || ctx[v.slot] == LuaType.UNKNOWN) {
        continue;
      }
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(v.name).append(": ").append(LuaType.name(ctx[v.slot]));
      if (!guards.contains(v)) {
        sb.append(" (static)");
      }
    }
    return sb.append("}").toString();
  }

  @TruffleBoundary
  private void trace(String message) {
    if (!LuaLanguage.get(this).traceBlockVersions) {
      return;
    }
    String where = "?";
    if (getRootNode() instanceof LuaRootNode root) {
      where = root.getChunkId() + ":" + getLine();
    }
    System.err.println("[lbbv] " + where + " " + what + ": " + message);
  }
}
