package org.lunacy.nodes.lbbv;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.nodes.Node;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.access.LuaAssignTargetNode;
import org.lunacy.nodes.call.LuaCallNode;
import org.lunacy.nodes.control.LuaAssignNode;
import org.lunacy.nodes.control.LuaBlockNode;
import org.lunacy.nodes.control.LuaGenericForNode;
import org.lunacy.nodes.control.LuaIfNode;
import org.lunacy.nodes.control.LuaLocalFunctionNode;
import org.lunacy.nodes.control.LuaNumericForNode;
import org.lunacy.nodes.control.LuaReturnNode;
import org.lunacy.nodes.control.LuaWhileNode;
import org.lunacy.nodes.expression.LuaArithNode;
import org.lunacy.nodes.expression.LuaBinaryNode;
import org.lunacy.nodes.expression.LuaBinaryOpNode;
import org.lunacy.nodes.expression.LuaCompareNode;
import org.lunacy.nodes.expression.LuaConcatNode;
import org.lunacy.nodes.expression.LuaConstantNode;
import org.lunacy.nodes.expression.LuaEqualsNode;
import org.lunacy.nodes.expression.LuaFunctionNode;
import org.lunacy.nodes.expression.LuaLengthNode;
import org.lunacy.nodes.expression.LuaLogicalNode;
import org.lunacy.nodes.expression.LuaNotNode;
import org.lunacy.nodes.expression.LuaParenNode;
import org.lunacy.nodes.expression.LuaTableConstructorNode;
import org.lunacy.nodes.expression.LuaUnaryMinusNode;
import org.lunacy.nodes.local.LuaLocalReadNode;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.nodes.local.LuaLocalWriteNode;
import org.lunacy.nodes.util.LuaExpressionListNode;

/**
 * Specializes a fresh copy of a block to a type context: a forward pass over its statements that
 * knows the type of each local (by frame slot) at each point. Reads of locals of known type are
 * marked, arithmetic and comparisons whose operands are proven numbers become {@link
 * LuaNumberOpNode}s, and assignments carry types forward. Where paths meet (after an {@code if})
 * the contexts are joined; a loop forgets the types of the locals it assigns, and its body is a
 * {@link LuaVersionedBlockNode} of its own that learns the loop's invariant types from here and
 * guards only the rest.
 */
public final class LuaBlockSpecializer {
  /**
   * Per slot: which guarded entry locals the slot's known type depends on (bit {@code j} for
   * guard {@code j}, bit 63 standing for all guards from 63 on).
   */
  private long[] deps;
  /** The guards whose types some specialization relied on: only these are tested at entry. */
  private long consumed;
  /** The dependencies of the expression just specialized. */
  private long lastDeps;
  /** Nested loop bodies, told their static context once {@link #consumed} is final. */
  private final java.util.List<Object[]> nested = new java.util.ArrayList<>();

  /** A dry pass computes types only: it changes no node and relies on no guard. */
  private boolean dry;

  /** The contexts (types, dependencies) at the {@code break}s of the loop being typed. */
  private java.util.List<Object[]> breaks;

  /** The block whose later statements may guard lazily (a function body), or null. */
  private Node root;
  private final int maxVersions;
  private final boolean countChecks;

  private LuaBlockSpecializer(long[] deps, int maxVersions, boolean countChecks) {
    this.deps = deps;
    this.maxVersions = maxVersions;
    this.countChecks = countChecks;
  }

  public static long bit(int guard) {
    return 1L << Math.min(guard, 62);
  }

  /**
   * The dependency of a type that comes from a call's return profile rather than from a guard:
   * the version relies on {@link #assumptions} for it, and nested blocks do not inherit it.
   */
  static final long SPECULATED = 1L << 63;

  /** What the version relies on besides its guards: return profiles and call result checks. */
  private final java.util.List<Assumption> assumptions = new java.util.ArrayList<>();
  /** Calls whose callee has not returned yet: the version is rebuilt once they all have. */
  private final java.util.List<LuaCallSite> pending = new java.util.ArrayList<>();

  /** The guards the specialization relies on (bits as in {@link #bit}). */
  public long consumed() {
    return consumed & ~SPECULATED;
  }

  public Assumption[] assumptions() {
    return assumptions.toArray(new Assumption[0]);
  }

  /** The calls whose result types were not known yet, or null. */
  public LuaCallSite[] pending() {
    return pending.isEmpty() ? null : pending.toArray(new LuaCallSite[0]);
  }

  /**
   * Specializes {@code block} (already adopted by its version) entering with {@code ctx}, where
   * {@code deps} gives each slot's dependency on the entry guards. Returns the specializer, which
   * tells the guards and assumptions that the specialization relies on.
   */
  public static LuaBlockSpecializer specialize(
      LuaStatementNode block,
      byte[] ctx,
      long[] deps,
      int maxVersions,
      boolean countChecks,
      boolean lazyGuards) {
    LuaBlockSpecializer sp = new LuaBlockSpecializer(deps, maxVersions, countChecks);
    sp.root = lazyGuards ? block : null;
    sp.statement(block, ctx);
    for (Object[] n : sp.nested) {
      byte[] c = (byte[]) n[1];
      long[] d = (long[]) n[2];
      for (int k = 0; k < c.length; k++) {
        // a nested body may rely only on what this version guards (or knows without guards);
        // not on speculated call results, which only this version's assumptions cover
        if ((d[k] & ~sp.consumed) != 0 || (d[k] & SPECULATED) != 0) {
          c[k] = LuaType.UNKNOWN;
        }
      }
      ((LuaVersionedBlockNode) n[0]).setStaticContext(c, (LuaLocalVar) n[3]);
    }
    return sp;
  }

  private void statement(Node s, byte[] ctx) {
    if (s == null) {
      return;
    }
    if (s instanceof LuaBlockNode b) {
      LuaStatementNode[] sts = b.getStatements();
      boolean mayExit = false;
      for (int i = 0; i < sts.length; i++) {
        if (!dry && b == root && mayExit && usesUnguarded(sts, i)) {
          // an early return may skip the rest: its types are tested when it runs
          split(b, i, ctx);
          return;
        }
        statement(sts[i], ctx);
        mayExit |= b == root && containsReturn(sts[i]);
        if (!dry && i + 1 < sts.length && worthSplitting(sts[i], sts, i + 1, ctx)) {
          split(b, i + 1, ctx);
          return;
        }
      }
    } else if (s instanceof LuaAssignNode a) {
      assign(a, ctx);
    } else if (s instanceof LuaLocalFunctionNode lf) {
      LuaLocalVar v = lf.getVar();
      if (!v.captured) {
        ctx[v.slot] = LuaType.FUNCTION;
        deps[v.slot] = 0;
      }
    } else if (s instanceof LuaIfNode i) {
      expression(i.getCondition(), ctx);
      byte[] other = ctx.clone();
      long[] before = deps.clone();
      statement(i.getThen(), ctx);
      long[] thenDeps = deps;
      deps = before;
      statement(i.getOtherwise(), other);
      for (int k = 0; k < ctx.length; k++) {
        ctx[k] = LuaType.join(ctx[k], other[k]);
        deps[k] |= thenDeps[k];
      }
    } else if (s instanceof LuaNumericForNode f) {
      for (LuaExpressionNode e : f.getControlExpressions()) {
        if (e != null) {
          expression(e, ctx);
        }
      }
      loop(f.getBody(), null, ctx, f.getVar(), null);
    } else if (s instanceof LuaWhileNode w) {
      loop(w.getBody(), w.getCondition(), ctx, null, null);
    } else if (s instanceof LuaGenericForNode g) {
      // the iterator expressions were evaluated before the loop; their types do not matter here
      loop(g.getBody(), null, ctx, null, g.getVars());
    } else if (s instanceof org.lunacy.nodes.control.LuaBreakNode) {
      if (breaks != null) {
        breaks.add(new Object[] {ctx.clone(), deps.clone()});
      }
    } else if (s instanceof LuaReturnNode r) {
      returns(r, ctx);
    } else if (s instanceof LuaVersionedBlockNode v) {
      if (dry) {
        statement(v.getTemplate(), ctx);
      } else {
        nested.add(new Object[] {v, ctx.clone(), deps.clone(), null});
      }
    } else {
      // return, call statements, break: evaluate their expressions; anything else: be safe
      for (Node child : s.getChildren()) {
        if (child instanceof LuaExpressionNode e) {
          expression(e, ctx);
        } else {
          walkUnknown(child, ctx);
        }
      }
    }
  }

  /** A return: its values, and the type of the first one for the function's return profile. */
  private void returns(LuaReturnNode r, byte[] ctx) {
    LuaExpressionNode first = r.getFirstValue();
    byte firstType = LuaType.UNKNOWN;
    for (Node child : r.getChildren()) {
      LuaExpressionNode[] es =
          child instanceof LuaExpressionListNode list
              ? list.getExpressions()
              : new LuaExpressionNode[] {(LuaExpressionNode) child};
      for (LuaExpressionNode e : es) {
        byte t = expression(e, ctx);
        if (e == first) {
          firstType = t;
        }
      }
    }
    if (!dry) {
      r.setValueType(firstType);
    }
  }

  /**
   * A call's first result: typed by the return profile of the one function the call has called
   * so far, if that profile says it always returned a number. The version then relies on the profile staying as it
   * is and on other callees' results fitting too ({@link LuaCallNode#expect}). A dry pass does
   * not speculate: what it finds flows into nested blocks, which rely only on guards.
   */
  private byte call(LuaCallNode c) {
    lastDeps = 0;
    if (dry) {
      return LuaType.UNKNOWN;
    }
    LuaCallSite site = c.getSite();
    if (site.isPending()) {
      pending.add(site);
      return LuaType.UNKNOWN;
    }
    LuaReturnProfile p = site.getProfile();
    if (p == null) {
      return LuaType.UNKNOWN;
    }
    byte t = p.getType();
    // only numbers feed typed operations; for other types the profile's returns would be
    // tested for nothing
    if (t != LuaType.NUMBER || !p.getStable().isValid()) {
      return LuaType.UNKNOWN;
    }
    p.rely();
    assumptions.add(p.getStable());
    assumptions.add(c.expect(site.getTarget()));
    lastDeps = SPECULATED;
    return t;
  }

  /**
   * Whether the rest of a block should become a block of its own, versioned on the locals that
   * statement {@code sts[from - 1]} just gave unknown types (a field read, a call, generic
   * arithmetic): worth it when the rest uses one of them as an arithmetic or comparison operand,
   * so one guard replaces the type tests of every later use. This is the lazy part of block
   * versioning: the continuation is specialized for the types the values turn out to have.
   */
  private static boolean worthSplitting(LuaStatementNode st, LuaStatementNode[] sts, int from, byte[] ctx) {
    if (!(st instanceof LuaAssignNode a)) {
      return false;
    }
    Set<LuaLocalVar> unknown = new HashSet<>();
    for (LuaAssignTargetNode t : a.getTargets()) {
      if (t instanceof LuaLocalWriteNode w && !w.getVar().captured && ctx[w.getVar().slot] == LuaType.UNKNOWN) {
        unknown.add(w.getVar());
      }
    }
    if (unknown.isEmpty()) {
      return false;
    }
    for (int i = from; i < sts.length; i++) {
      if (usesAsOperand(sts[i], unknown)) {
        return true;
      }
    }
    return false;
  }

  private static boolean usesAsOperand(Node n, Set<LuaLocalVar> vars) {
    if (n instanceof LuaBinaryNode b
        && (b.getOp() instanceof LuaArithNode || b.getOp() instanceof LuaCompareNode)
        && (isReadOf(b.getLeft(), vars) || isReadOf(b.getRight(), vars))) {
      return true;
    }
    if (n instanceof LuaUnaryMinusNode m && isReadOf(m.getOperand(), vars)) {
      return true;
    }
    if (n instanceof LuaVersionedBlockNode v) {
      return usesAsOperand(v.getTemplate(), vars);
    }
    for (Node child : n.getChildren()) {
      if (usesAsOperand(child, vars)) {
        return true;
      }
    }
    return false;
  }

  /** Whether statements from {@code from} use a local whose guards nothing relied on yet. */
  private boolean usesUnguarded(LuaStatementNode[] sts, int from) {
    Set<LuaLocalVar> vars = new HashSet<>();
    for (int i = from; i < sts.length; i++) {
      collectOperands(sts[i], vars);
    }
    for (LuaLocalVar v : vars) {
      long d = deps[v.slot];
      if (!v.captured && (d & ~consumed & ~SPECULATED) != 0) {
        return true;
      }
    }
    return false;
  }

  private static void collectOperands(Node n, Set<LuaLocalVar> out) {
    if (n instanceof LuaBinaryNode b
        && (b.getOp() instanceof LuaArithNode || b.getOp() instanceof LuaCompareNode)) {
      addRead(b.getLeft(), out);
      addRead(b.getRight(), out);
    } else if (n instanceof LuaUnaryMinusNode m) {
      addRead(m.getOperand(), out);
    } else if (n instanceof LuaVersionedBlockNode v) {
      collectOperands(v.getTemplate(), out);
      return;
    }
    for (Node child : n.getChildren()) {
      collectOperands(child, out);
    }
  }

  private static void addRead(LuaExpressionNode e, Set<LuaLocalVar> out) {
    if (e instanceof LuaLocalReadNode r) {
      out.add(r.getVar());
    }
  }

  private static boolean containsReturn(Node n) {
    if (n instanceof org.lunacy.nodes.control.LuaReturnNode) {
      return true;
    }
    if (n instanceof LuaVersionedBlockNode v) {
      return containsReturn(v.getTemplate());
    }
    for (Node child : n.getChildren()) {
      if (containsReturn(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isReadOf(LuaExpressionNode e, Set<LuaLocalVar> vars) {
    return e instanceof LuaLocalReadNode r && vars.contains(r.getVar());
  }

  /** Replaces {@code b} by its first {@code at} statements and a versioned block of the rest. */
  private void split(LuaBlockNode b, int at, byte[] ctx) {
    LuaStatementNode[] sts = b.getStatements();
    LuaStatementNode[] rest = new LuaStatementNode[sts.length - at];
    for (int i = at; i < sts.length; i++) {
      // the rest is still unspecialized: a template for the continuation's versions
      rest[i - at] = (LuaStatementNode) sts[i].deepCopy();
    }
    LuaBlockNode restBlock = new LuaBlockNode(rest);
    restBlock.setLine(rest[0].getLine());
    LuaVersionedBlockNode continuation =
        new LuaVersionedBlockNode(restBlock, "continuation", maxVersions, countChecks);
    continuation.setLine(rest[0].getLine());
    LuaStatementNode[] head = java.util.Arrays.copyOf(sts, at + 1);
    head[at] = continuation;
    LuaBlockNode nb = new LuaBlockNode(head);
    nb.setLine(b.getLine());
    nb.setDeadSlots(b.getDeadSlots());
    b.replace(nb);
    nested.add(new Object[] {continuation, ctx.clone(), deps.clone(), null});
    // after the block, what the continuation assigns is unknown here
    forgetAssigned(restBlock, ctx, null);
  }

  private void walkUnknown(Node n, byte[] ctx) {
    if (n instanceof LuaStatementNode st) {
      forgetAssigned(st, ctx, null);
      return;
    }
    for (Node child : n.getChildren()) {
      if (child instanceof LuaExpressionNode e) {
        expression(e, ctx);
      } else {
        walkUnknown(child, ctx);
      }
    }
  }

  /**
   * A loop: the types at its head are the entry types joined with the types an iteration leaves
   * behind, iterated to a fixpoint with a dry pass over the body (the lattice is flat, so a local
   * changes at most once). Locals whose head type stays known need no guard in the body's
   * versions, and the loop's successor continues with the head types (each exit is at the head)
   * unless a {@code break} can leave from the middle of the body.
   */
  private void loop(LuaStatementNode body, LuaExpressionNode cond, byte[] ctx, LuaLocalVar control, LuaLocalVar[] vars) {
    Set<LuaLocalVar> assigned = new HashSet<>();
    collectAssigned(body, assigned);
    byte[] head = ctx.clone();
    long[] headDeps = deps.clone();
    Node template = body instanceof LuaVersionedBlockNode v ? v.getTemplate() : body;
    java.util.List<Object[]> outer = breaks;
    for (int round = 0; ; round++) {
      byte[] it = iteration(head, control, vars);
      long[] saved = deps;
      boolean wasDry = dry;
      deps = headDeps.clone();
      dry = true;
      breaks = new java.util.ArrayList<>();
      if (cond != null) {
        expression(cond, it);
      }
      statement(template, it);
      dry = wasDry;
      long[] out = deps;
      deps = saved;
      boolean changed = false;
      for (LuaLocalVar v : assigned) {
        if (v.captured) {
          continue;
        }
        byte j = round >= 8 ? LuaType.UNKNOWN : LuaType.join(head[v.slot], it[v.slot]);
        changed |= j != head[v.slot];
        head[v.slot] = j;
        headDeps[v.slot] = j == LuaType.UNKNOWN ? 0 : headDeps[v.slot] | out[v.slot];
      }
      if (!changed) {
        break;
      }
    }
    // the breaks of the last round, which started from the final head types
    java.util.List<Object[]> exits = breaks;
    breaks = outer;
    if (cond != null && !dry) {
      // a while condition runs at the head; a repeat condition after the body, whose types at
      // its end are the head's too (they joined into it)
      expression(cond, head);
    }
    if (body instanceof LuaVersionedBlockNode v && !dry) {
      nested.add(new Object[] {v, iteration(head, control, vars), headDeps.clone(), control});
    }
    // a plain body (versioning of loops off) keeps its generic nodes
    // the loop ends at its head or at a break
    for (LuaLocalVar v : assigned) {
      byte t = v.captured ? LuaType.UNKNOWN : head[v.slot];
      long d = headDeps[v.slot];
      for (Object[] e : exits) {
        t = LuaType.join(t, ((byte[]) e[0])[v.slot]);
        d |= ((long[]) e[1])[v.slot];
      }
      ctx[v.slot] = t;
      deps[v.slot] = t == LuaType.UNKNOWN ? 0 : d;
    }
    for (LuaLocalVar v : vars != null ? vars : new LuaLocalVar[0]) {
      ctx[v.slot] = LuaType.UNKNOWN;
      deps[v.slot] = 0;
    }
    if (control != null) {
      ctx[control.slot] = LuaType.UNKNOWN;
      deps[control.slot] = 0;
    }
  }

  /** The types at the start of an iteration: the loop variables are fresh each time. */
  private static byte[] iteration(byte[] head, LuaLocalVar control, LuaLocalVar[] vars) {
    byte[] it = head.clone();
    if (control != null) {
      it[control.slot] = control.captured ? LuaType.UNKNOWN : LuaType.NUMBER;
    }
    if (vars != null) {
      for (LuaLocalVar v : vars) {
        it[v.slot] = LuaType.UNKNOWN;
      }
    }
    return it;
  }


  /** After (and throughout) a loop, the locals it assigns have unknown types. */
  private void forgetAssigned(Node body, byte[] ctx, LuaLocalVar control) {
    Set<LuaLocalVar> assigned = new HashSet<>();
    collectAssigned(body, assigned);
    for (LuaLocalVar v : assigned) {
      ctx[v.slot] = LuaType.UNKNOWN;
      deps[v.slot] = 0;
    }
    if (control != null) {
      ctx[control.slot] = LuaType.UNKNOWN;
      deps[control.slot] = 0;
    }
  }

  static void collectAssigned(Node n, Set<LuaLocalVar> out) {
    if (n instanceof LuaVersionedBlockNode v) {
      collectAssigned(v.getTemplate(), out);
      return;
    }
    if (n instanceof LuaLocalWriteNode w) {
      out.add(w.getVar());
    } else if (n instanceof LuaLocalFunctionNode lf) {
      out.add(lf.getVar());
    } else if (n instanceof LuaGenericForNode g) {
      out.addAll(Arrays.asList(g.getVars()));
    } else if (n instanceof LuaNumericForNode f) {
      out.add(f.getVar());
    }
    for (Node child : n.getChildren()) {
      collectAssigned(child, out);
    }
  }

  private void assign(LuaAssignNode a, byte[] ctx) {
    LuaAssignTargetNode[] targets = a.getTargets();
    for (LuaAssignTargetNode t : targets) {
      for (Node child : t.getChildren()) {
        if (child instanceof LuaExpressionNode e) {
          expression(e, ctx);
        }
      }
    }
    LuaExpressionNode[] values = a.getValueNodes();
    byte[] types = new byte[values.length];
    long[] valueDeps = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      types[i] = expression(values[i], ctx);
      valueDeps[i] = lastDeps;
    }
    boolean open = values.length > 0 && values[values.length - 1].isMultiValued();
    for (int i = 0; i < targets.length; i++) {
      if (!(targets[i] instanceof LuaLocalWriteNode w) || w.getVar().captured) {
        continue;
      }
      byte t;
      long d = 0;
      if (i < values.length) {
        // an open call or '...' in the last place gives this target its first value
        t = types[i];
        d = valueDeps[i];
      } else if (i >= values.length && !open) {
        t = LuaType.NIL;
      } else {
        t = LuaType.UNKNOWN;
      }
      ctx[w.getVar().slot] = t;
      deps[w.getVar().slot] = t == LuaType.UNKNOWN ? 0 : d;
    }
  }

  /**
   * The static type of an expression under {@code ctx}; specializes it in place and leaves the
   * guards the type depends on in {@link #lastDeps}.
   */
  private byte expression(LuaExpressionNode e, byte[] ctx) {
    lastDeps = 0;
    if (e instanceof LuaLocalReadNode r) {
      LuaLocalVar v = r.getVar();
      byte t = v.captured ? LuaType.UNKNOWN : ctx[v.slot];
      if (!dry) {
        r.setKnownType(t);
      }
      lastDeps = t == LuaType.UNKNOWN ? 0 : deps[v.slot];
      return t;
    } else if (e instanceof LuaConstantNode c) {
      return LuaType.of(c.getValue());
    } else if (e instanceof LuaBinaryNode b) {
      return binary(b, ctx);
    } else if (e instanceof LuaUnaryMinusNode m) {
      if (expression(m.getOperand(), ctx) == LuaType.NUMBER) {
        if (dry) {
          return LuaType.NUMBER;
        }
        consumed |= lastDeps;
        LuaNumberOpNode neg = numberOp(LuaNumberOpNode.NEG, m.getOperand(), null, m.getLine());
        neg.setOperandDescriptions(m.getOperandDescription(), null);
        m.replace(neg);
        return LuaType.NUMBER;
      }
      lastDeps = 0;
      return LuaType.UNKNOWN;
    } else if (e instanceof LuaNotNode) {
      children(e, ctx);
      lastDeps = 0;
      return LuaType.BOOLEAN;
    } else if (e instanceof LuaParenNode) {
      byte t = LuaType.UNKNOWN;
      for (Node child : e.getChildren()) {
        t = expression((LuaExpressionNode) child, ctx);
      }
      return t;
    } else if (e instanceof LuaLogicalNode) {
      byte t = -1;
      long d = 0;
      for (Node child : e.getChildren()) {
        byte c = expression((LuaExpressionNode) child, ctx);
        d |= lastDeps;
        t = t == -1 ? c : LuaType.join(t, c);
      }
      t = t == -1 ? LuaType.UNKNOWN : t;
      lastDeps = t == LuaType.UNKNOWN ? 0 : d;
      return t;
    } else if (e instanceof LuaLengthNode) {
      byte t = LuaType.UNKNOWN;
      for (Node child : e.getChildren()) {
        t = expression((LuaExpressionNode) child, ctx);
      }
      // strings and tables have no __len in 5.1: their length is always a number
      if (t == LuaType.STRING || t == LuaType.TABLE) {
        return LuaType.NUMBER;
      }
      lastDeps = 0;
      return LuaType.UNKNOWN;
    } else if (e instanceof LuaTableConstructorNode) {
      children(e, ctx);
      lastDeps = 0;
      return LuaType.TABLE;
    } else if (e instanceof LuaFunctionNode) {
      return LuaType.FUNCTION;
    } else if (e instanceof LuaCallNode c && !c.isTail()) {
      children(e, ctx);
      return call(c);
    } else if (e instanceof LuaConcatNode) {
      boolean strings = true;
      long d = 0;
      for (Node child : e.getChildren()) {
        byte t = expression((LuaExpressionNode) child, ctx);
        d |= lastDeps;
        strings &= t == LuaType.STRING || t == LuaType.NUMBER;
      }
      lastDeps = strings ? d : 0;
      return strings ? LuaType.STRING : LuaType.UNKNOWN;
    }
    children(e, ctx);
    lastDeps = 0;
    return LuaType.UNKNOWN;
  }

  private void children(Node e, byte[] ctx) {
    for (Node child : e.getChildren()) {
      if (child instanceof LuaExpressionNode ce) {
        expression(ce, ctx);
      } else {
        children(child, ctx);
      }
    }
  }

  /** One operand a proven number, the other unknown: a node that tests only the unknown one. */
  private void mixed(LuaBinaryNode b, boolean leftKnown, long knownDeps) {
    consumed |= knownDeps;
    LuaBinaryOpNode op = b.getOp();
    int code =
        op instanceof LuaCompareNode cmp ? compareCode(cmp) : ((LuaArithNode) op).getOperation();
    LuaMixedNumberOpNode n = new LuaMixedNumberOpNode(code, b.getLeft(), b.getRight(), op, leftKnown);
    n.setLine(b.getLine());
    b.replace(n);
  }

  private static LuaNumberOpNode numberOp(int op, LuaExpressionNode left, LuaExpressionNode right, int line) {
    LuaNumberOpNode n = new LuaNumberOpNode(op, left, right);
    n.setLine(line);
    return n;
  }

  /** The {@link LuaNumberOpNode} code of a comparison ({@code a > b} compares swapped). */
  private static int compareCode(LuaCompareNode cmp) {
    if (cmp.isSwapped()) {
      return cmp.isOrEqual() ? LuaNumberOpNode.GE : LuaNumberOpNode.GT;
    }
    return cmp.isOrEqual() ? LuaNumberOpNode.LE : LuaNumberOpNode.LT;
  }

  private byte binary(LuaBinaryNode b, byte[] ctx) {
    byte lt = expression(b.getLeft(), ctx);
    long ld = lastDeps;
    byte rt = expression(b.getRight(), ctx);
    long rd = lastDeps;
    lastDeps = 0;
    LuaBinaryOpNode op = b.getOp();
    boolean numbers = lt == LuaType.NUMBER && rt == LuaType.NUMBER;
    if (!numbers && !dry && (lt == LuaType.NUMBER || rt == LuaType.NUMBER)
        && (op instanceof LuaArithNode || op instanceof LuaCompareNode)) {
      mixed(b, lt == LuaType.NUMBER, lt == LuaType.NUMBER ? ld : rd);
      if (op instanceof LuaArithNode) {
        // a number unless a metamethod says otherwise (typed users fall back then)
        lastDeps = SPECULATED;
        return LuaType.NUMBER;
      }
      return op instanceof LuaCompareNode ? LuaType.BOOLEAN : LuaType.UNKNOWN;
    }
    if (op instanceof LuaArithNode arith) {
      if (numbers) {
        lastDeps = ld | rd;
        if (dry) {
          return LuaType.NUMBER;
        }
        consumed |= ld | rd;
        LuaNumberOpNode n = numberOp(arith.getOperation(), b.getLeft(), b.getRight(), b.getLine());
        String[] descs = arith.getOperandDescriptions();
        n.setOperandDescriptions(descs[0], descs[1]);
        b.replace(n);
        return LuaType.NUMBER;
      }
      return LuaType.UNKNOWN;
    }
    if (op instanceof LuaCompareNode cmp) {
      if (numbers && !dry) {
        consumed |= ld | rd;
        b.replace(numberOp(compareCode(cmp), b.getLeft(), b.getRight(), b.getLine()));
      }
      return LuaType.BOOLEAN;
    }
    if (op instanceof LuaEqualsNode) {
      return LuaType.BOOLEAN;
    }
    return LuaType.UNKNOWN;
  }
}
