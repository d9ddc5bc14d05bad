package org.lunacy.parser;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.lunacy.LuaLanguage;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.LuaStatementNode;
import org.lunacy.nodes.access.LuaAssignTargetNode;
import org.lunacy.nodes.access.LuaGlobalNode;
import org.lunacy.nodes.access.LuaIndexNode;
import org.lunacy.nodes.access.LuaSetGlobalNode;
import org.lunacy.nodes.access.LuaSetIndexNode;
import org.lunacy.nodes.call.LuaCallNode;
import org.lunacy.nodes.control.LuaAssignNode;
import org.lunacy.nodes.control.LuaBlockNode;
import org.lunacy.nodes.lbbv.LuaVersionedBlockNode;
import org.lunacy.nodes.control.LuaBreakNode;
import org.lunacy.nodes.control.LuaExpressionStatementNode;
import org.lunacy.nodes.control.LuaGenericForNode;
import org.lunacy.nodes.control.LuaIfNode;
import org.lunacy.nodes.control.LuaLocalFunctionNode;
import org.lunacy.nodes.control.LuaNumericForNode;
import org.lunacy.nodes.control.LuaReturnNode;
import org.lunacy.nodes.control.LuaWhileNode;
import org.lunacy.nodes.expression.LuaArithNode;
import org.lunacy.nodes.expression.LuaArithNodeGen;
import org.lunacy.nodes.expression.LuaBinaryNode;
import org.lunacy.nodes.expression.LuaBinaryOpNode;
import org.lunacy.nodes.expression.LuaCompareNodeGen;
import org.lunacy.nodes.expression.LuaConcatNode;
import org.lunacy.nodes.expression.LuaConstantNode;
import org.lunacy.nodes.expression.LuaEqualsNodeGen;
import org.lunacy.nodes.expression.LuaFunctionNode;
import org.lunacy.nodes.expression.LuaLengthNode;
import org.lunacy.nodes.expression.LuaLogicalNode;
import org.lunacy.nodes.expression.LuaNotNode;
import org.lunacy.nodes.expression.LuaParenNode;
import org.lunacy.nodes.expression.LuaTableConstructorNode;
import org.lunacy.nodes.expression.LuaUnaryMinusNodeGen;
import org.lunacy.nodes.expression.LuaVarargNode;
import org.lunacy.nodes.local.LuaLocalReadNode;
import org.lunacy.nodes.local.LuaLocalVar;
import org.lunacy.nodes.local.LuaLocalWriteNode;
import org.lunacy.nodes.local.LuaUpvalueReadNode;
import org.lunacy.nodes.local.LuaUpvalueWriteNode;
import org.lunacy.nodes.util.LuaExpressionListNode;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;

/**
 * Turns a {@link LuaAst} into Truffle nodes: resolves every name to a local (frame slot), an
 * upvalue (a cell of the closure) or a global (a field of the function environment), as
 * lparser.c's singlevar does, and records which locals closures capture.
 */
public final class LuaTranslator {
  private final LuaLanguage language;
  private final Source source;
  private final String chunkName;
  private final String chunkId;
  /** Literal strings, interned so that equal constants are the same object. */
  private final Map<String, String> strings = new HashMap<>();

  private FunctionScope fs;
  /** The Lua text being translated (what string.dump keeps of each function). */
  private final String code;
  /** The last function translated directly inside the main chunk. */
  private LuaFunctionRootNode lastTopLevel;

  public LuaTranslator(
      LuaLanguage language, Source source, String code, String chunkName, String chunkId) {
    this.language = language;
    this.source = source;
    this.code = code;
    this.chunkName = chunkName;
    this.chunkId = chunkId;
  }

  /** The last function defined directly in the chunk just translated (see LuaDump). */
  public LuaFunctionRootNode getLastTopLevel() {
    return lastTopLevel;
  }

  /** Translates a main chunk into its root node. */
  public LuaFunctionRootNode translateChunk(LuaAst.FunctionBody chunk) {
    return translateFunction(chunk, "main chunk", true);
  }

  // ------------------------------------------------------------------ scopes

  /** Per-function translation state (lparser.c's FuncState). */
  private static final class FunctionScope {
    final FunctionScope parent;
    final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    final List<Map<String, LuaLocalVar>> blocks = new ArrayList<>();
    /** Upvalues in order, and how each is found in the enclosing function. */
    final List<Object> upvalueKeys = new ArrayList<>();
    final Map<Object, Integer> upvalueIndex = new IdentityHashMap<>();
    final List<Integer> upvalueSources = new ArrayList<>();
    final List<Boolean> upvalueFromLocal = new ArrayList<>();
    final Map<Object, String> upvalueNames = new IdentityHashMap<>();
    int varargSlot = -1;
    boolean usesVarargs;
    /**
     * The function's numeric constants in order. lua5.1 keeps one constant per value and 0 ==
     * -0, so whichever zero the function's code emits first (a folded {@code -0} or a {@code 0})
     * serves for both: see {@link LuaTranslator#unifyZeros}.
     */
    final List<LuaConstantNode> numbers = new ArrayList<>();

    FunctionScope(FunctionScope parent) {
      this.parent = parent;
      frame.defaultValue(LuaNil.NIL);
    }

    int newSlot() {
      return frame.addSlot(FrameSlotKind.Illegal, null, null);
    }

    LuaLocalVar findLocal(String name) {
      for (int i = blocks.size() - 1; i >= 0; i--) {
        LuaLocalVar v = blocks.get(i).get(name);
        if (v != null) {
          return v;
        }
      }
      return null;
    }

    /** The upvalue index for a variable of an enclosing function, adding it if needed. */
    int upvalue(Object key, String name, int source, boolean fromLocal) {
      Integer idx = upvalueIndex.get(key);
      if (idx != null) {
        return idx;
      }
      int i = upvalueKeys.size();
      upvalueKeys.add(key);
      upvalueIndex.put(key, i);
      upvalueSources.add(source);
      upvalueFromLocal.add(fromLocal);
      upvalueNames.put(key, name);
      return i;
    }
  }

  /** What a name resolves to. */
  private record Resolved(LuaLocalVar local, int upvalue, String name) {
    boolean isGlobal() {
      return local == null && upvalue < 0;
    }
  }

  private Resolved resolve(String name) {
    LuaLocalVar local = fs.findLocal(name);
    if (local != null) {
      return new Resolved(local, -1, name);
    }
    Object key = resolveUpvalueKey(fs, name);
    if (key == null) {
      return new Resolved(null, -1, name);
    }
    return new Resolved(null, fs.upvalueIndex.get(key), name);
  }

  /**
   * Makes {@code name} an upvalue of {@code scope} if an enclosing function has it; returns the
   * identity key of the variable (a LuaLocalVar) or null for a global.
   */
  private static Object resolveUpvalueKey(FunctionScope scope, String name) {
    FunctionScope parent = scope.parent;
    if (parent == null) {
      return null;
    }
    LuaLocalVar local = parent.findLocal(name);
    if (local != null) {
      local.captured = true;
      scope.upvalue(local, name, local.slot, true);
      return local;
    }
    Object key = resolveUpvalueKey(parent, name);
    if (key == null) {
      return null;
    }
    int parentIndex = parent.upvalueIndex.get(key);
    scope.upvalue(key, name, parentIndex, false);
    return key;
  }

  private LuaLocalVar declareLocal(String name) {
    LuaLocalVar v = new LuaLocalVar(name, fs.newSlot());
    fs.blocks.get(fs.blocks.size() - 1).put(name, v);
    return v;
  }

  private void openBlock() {
    fs.blocks.add(new HashMap<>());
  }

  private void closeBlock() {
    fs.blocks.remove(fs.blocks.size() - 1);
  }

  // ------------------------------------------------------------------ functions

  private LuaFunctionRootNode translateFunction(LuaAst.FunctionBody body, String name, boolean main) {
    FunctionScope outer = fs;
    fs = new FunctionScope(outer);
    openBlock();
    LuaLocalVar[] params = new LuaLocalVar[body.params().size()];
    for (int i = 0; i < params.length; i++) {
      params[i] = declareLocal(body.params().get(i));
    }
    LuaLocalVar argVar = null;
    if (body.isVararg()) {
      fs.varargSlot = fs.newSlot();
      if (!main) {
        argVar = declareLocal("arg");
      }
    }
    LuaBlockNode translated = translateBlockBody(body.block(), true);
    unifyZeros(fs);
    LuaStatementNode block =
        versioned(translated, main ? "main chunk" : "function '" + name + "'", body.line());
    closeBlock();
    FrameDescriptor descriptor = fs.frame.build();
    SourceSection section = functionSection(body);
    LuaFunctionRootNode root =
        new LuaFunctionRootNode(
            language,
            descriptor,
            block,
            params,
            fs.varargSlot,
            argVar,
            fs.usesVarargs,
            name,
            chunkId,
            source,
            section,
            body.line(),
            body.lastLine(),
            main);
    String[] upvalueNames = new String[fs.upvalueKeys.size()];
    for (int i = 0; i < upvalueNames.length; i++) {
      upvalueNames[i] = fs.upvalueNames.get(fs.upvalueKeys.get(i));
    }
    root.setNames(chunkName, upvalueNames);
    if (main) {
      root.setText(new LuaFunctionRootNode.Text(code, 0, code.length(), 0, body.params(), true));
    } else {
      root.setText(
          new LuaFunctionRootNode.Text(
              code, body.textStart(), body.textEnd(), body.textLine(), body.params(),
              body.isVararg()));
      if (outer != null && outer.parent == null) {
        lastTopLevel = root;
      }
    }
    lastScope = fs;
    fs = outer;
    return root;
  }

  private SourceSection functionSection(LuaAst.FunctionBody body) {
    int lines = source.getLineCount();
    if (lines == 0) {
      return source.createUnavailableSection();
    }
    int first = Math.max(1, Math.min(body.line(), lines));
    int last = Math.max(first, Math.min(body.lastLine(), lines));
    if (body.line() == 0) {
      return source.createSection(0, source.getLength());
    }
    int start = source.getLineStartOffset(first);
    int end = source.getLineStartOffset(last) + source.getLineLength(last);
    return source.createSection(start, end - start);
  }

  private LuaExpressionNode closure(LuaAst.FunctionBody body, String name, int line) {
    LuaFunctionRootNode root = translateFunction(body, name, false);
    // the nested scope is gone; its upvalue table was recorded on the root's scope object
    return lastClosure(root, line);
  }

  /** Upvalue sources of the function just translated (kept by translateFunctionScoped). */
  private FunctionScope lastScope;

  private LuaExpressionNode lastClosure(LuaFunctionRootNode root, int line) {
    FunctionScope inner = lastScope;
    int n = inner.upvalueSources.size();
    int[] sources = new int[n];
    boolean[] fromLocal = new boolean[n];
    for (int i = 0; i < n; i++) {
      sources[i] = inner.upvalueSources.get(i);
      fromLocal[i] = inner.upvalueFromLocal.get(i);
    }
    RootCallTarget target = root.getCallTarget();
    return at(new LuaFunctionNode(target, sources, fromLocal), line);
  }

  // ------------------------------------------------------------------ statements

  private LuaBlockNode translateBlockBody(LuaAst.Block block) {
    return translateBlockBody(block, false);
  }

  /**
   * {@code functionStart}: the block is a function's body, where luaK_nil emits nothing for
   * locals that start out nil before any other code.
   */
  private LuaBlockNode translateBlockBody(LuaAst.Block block, boolean functionStart) {
    List<LuaStatementNode> out = new ArrayList<>();
    boolean atStart = functionStart;
    boolean afterLoadNil = false;
    for (LuaAst.Stat s : block.stats()) {
      LuaStatementNode n = statement(s);
      boolean nils = s instanceof LuaAst.Local l && onlyNils(l.values());
      if (nils && (atStart || afterLoadNil) && n instanceof LuaAssignNode a) {
        a.setNoCode();
      }
      atStart &= nils;
      afterLoadNil = nils;
      if (n != null) {
        out.add(n);
      }
    }
    return new LuaBlockNode(out.toArray(new LuaStatementNode[0]));
  }

  private LuaBlockNode scopedBlock(LuaAst.Block block) {
    openBlock();
    try {
      LuaBlockNode node = translateBlockBody(block);
      // the block's locals die at its end: clear them so the collector can take their values
      Map<String, LuaLocalVar> locals = fs.blocks.get(fs.blocks.size() - 1);
      if (!locals.isEmpty()) {
        int[] slots = new int[locals.size()];
        int i = 0;
        for (LuaLocalVar v : locals.values()) {
          slots[i++] = v.slot;
        }
        node.setDeadSlots(slots);
      }
      return node;
    } finally {
      closeBlock();
    }
  }

  /** A function or loop body under block versioning (--lua.BlockVersioning), or the block itself. */
  private LuaStatementNode versioned(LuaBlockNode block, String what, int line) {
    if (!language.blockVersioning) {
      return block;
    }
    return at(
        new LuaVersionedBlockNode(block, what, language.maxBlockVersions, language.countTypeChecks),
        line);
  }

  /**
   * A loop body under block versioning: a frame slot remembers the version that ran last, and
   * {@code loopVars} are the locals the loop itself assigns before each iteration.
   */
  private LuaStatementNode versionedLoop(LuaBlockNode block, String what, int line, LuaLocalVar... loopVars) {
    if (!language.blockVersioning) {
      return block;
    }
    LuaVersionedBlockNode node =
        new LuaVersionedBlockNode(block, what, language.maxBlockVersions, language.countTypeChecks);
    node.setLoop(fs.newSlot(), loopVars);
    return at(node, line);
  }

  private <T extends LuaNode> T at(T node, int line) {
    node.setLine(line);
    return node;
  }

  private LuaStatementNode statement(LuaAst.Stat s) {
    return switch (s) {
      case LuaAst.Local l -> localStat(l);
      case LuaAst.LocalFunction lf -> {
        LuaLocalVar v = declareLocal(lf.name());
        yield at(new LuaLocalFunctionNode(v, closure(lf.body(), lf.name(), lf.line())), lf.line());
      }
      case LuaAst.Assign a -> assignStat(a);
      case LuaAst.CallStat c -> at(new LuaExpressionStatementNode(expr(c.call())), c.line());
      case LuaAst.Do d -> scopedBlock(d.block());
      case LuaAst.While w ->
          at(new LuaWhileNode(expr(w.cond()), versionedLoop(scopedBlock(w.block()), "while body", w.line()), false, w.constant()), w.line());
      case LuaAst.Repeat r -> {
        openBlock();
        try {
          LuaBlockNode body = translateBlockBody(r.block());
          LuaExpressionNode cond = expr(r.cond());
          // the node has the line of 'until': repeat itself has no code (line hooks)
          yield at(
              new LuaWhileNode(cond, versionedLoop(body, "repeat body", r.line()), true, r.constant()),
              r.block().endLine());
        } finally {
          closeBlock();
        }
      }
      case LuaAst.If i -> ifStat(i, 0);
      case LuaAst.NumericFor f -> numericFor(f);
      case LuaAst.GenericFor f -> genericFor(f);
      case LuaAst.FunctionStat f -> functionStat(f);
      case LuaAst.Return r -> at(new LuaReturnNode(exprs(r.values())), r.line());
      case LuaAst.Break b -> at(new LuaBreakNode(), b.line());
    };
  }

  private static boolean onlyNils(List<LuaAst.Expr> values) {
    for (LuaAst.Expr e : values) {
      if (!(e instanceof LuaAst.Nil)) {
        return false;
      }
    }
    return true;
  }

  private LuaStatementNode localStat(LuaAst.Local l) {
    LuaExpressionNode[] values = exprs(l.values());
    LuaAssignTargetNode[] targets = new LuaAssignTargetNode[l.names().size()];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = at(new LuaLocalWriteNode(declareLocal(l.names().get(i)), true), l.line());
    }
    return at(new LuaAssignNode(targets, values), l.line());
  }

  private LuaStatementNode assignStat(LuaAst.Assign a) {
    LuaAssignTargetNode[] targets = new LuaAssignTargetNode[a.targets().size()];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = target(a.targets().get(i), a.storeLine());
    }
    return at(new LuaAssignNode(targets, exprs(a.values())), a.line());
  }

  private LuaAssignTargetNode target(LuaAst.Expr e, int line) {
    if (e instanceof LuaAst.Name n) {
      Resolved r = resolve(n.name());
      if (r.local() != null) {
        return at(new LuaLocalWriteNode(r.local(), false), n.line());
      } else if (r.upvalue() >= 0) {
        return at(new LuaUpvalueWriteNode(r.upvalue()), n.line());
      }
      return at(new LuaSetGlobalNode(intern(n.name())), line);
    }
    LuaAst.Index ix = (LuaAst.Index) e;
    LuaExpressionNode obj = expr(ix.object());
    if (ix.key() instanceof LuaAst.Str s) {
      return at(new LuaSetIndexNode(obj, null, intern(s.value())), line);
    }
    return at(new LuaSetIndexNode(obj, expr(ix.key()), null), line);
  }

  private LuaStatementNode ifStat(LuaAst.If i, int k) {
    LuaExpressionNode cond = expr(i.conds().get(k));
    LuaStatementNode then = scopedBlock(i.blocks().get(k));
    LuaStatementNode otherwise = null;
    if (k + 1 < i.conds().size()) {
      otherwise = ifStat(i, k + 1);
    } else if (i.orElse() != null) {
      otherwise = scopedBlock(i.orElse());
    }
    // an if or elseif has the line of its condition, where its first instruction is (line hooks)
    return at(
        new LuaIfNode(cond, then, otherwise, i.constant().get(k)), i.conds().get(k).line());
  }

  private LuaStatementNode numericFor(LuaAst.NumericFor f) {
    LuaExpressionNode start = expr(f.start());
    LuaExpressionNode limit = expr(f.limit());
    LuaExpressionNode step = f.step() == null ? null : expr(f.step());
    int index = fs.newSlot();
    int lim = fs.newSlot();
    int st = fs.newSlot();
    openBlock();
    try {
      LuaLocalVar v = declareLocal(f.var());
      LuaStatementNode body = versionedLoop(scopedBlock(f.body()), "for body", f.line(), v);
      return at(
          new LuaNumericForNode(start, limit, step, v, index, lim, st, body)
              .withPrepLine(f.doLine()),
          f.line());
    } finally {
      closeBlock();
    }
  }

  private LuaStatementNode genericFor(LuaAst.GenericFor f) {
    LuaExpressionNode[] init = exprs(f.exprs());
    int fn = fs.newSlot();
    int state = fs.newSlot();
    int control = fs.newSlot();
    openBlock();
    try {
      LuaLocalVar[] vars = new LuaLocalVar[f.names().size()];
      for (int i = 0; i < vars.length; i++) {
        vars[i] = declareLocal(f.names().get(i));
      }
      LuaStatementNode body = versionedLoop(scopedBlock(f.body()), "for-in body", f.line(), vars);
      return at(
          new LuaGenericForNode(new LuaExpressionListNode(init), fn, state, control, vars, body),
          f.line());
    } finally {
      closeBlock();
    }
  }

  private LuaStatementNode functionStat(LuaAst.FunctionStat f) {
    List<String> path = f.path();
    StringBuilder name = new StringBuilder(path.get(0));
    for (int i = 1; i < path.size(); i++) {
      name.append('.').append(path.get(i));
    }
    if (f.method() != null) {
      name.append(':').append(f.method());
    }
    LuaExpressionNode fn = closure(f.body(), name.toString(), f.line());
    LuaAssignTargetNode target;
    int keys = path.size() - 1 + (f.method() != null ? 1 : 0);
    if (keys == 0) {
      target = target(new LuaAst.Name(f.line(), path.get(0)), f.line());
    } else {
      LuaExpressionNode obj = name(new LuaAst.Name(f.line(), path.get(0)));
      List<String> rest = new ArrayList<>(path.subList(1, path.size()));
      if (f.method() != null) {
        rest.add(f.method());
      }
      for (int i = 0; i < rest.size() - 1; i++) {
        LuaIndexNode ix = at(new LuaIndexNode(obj, null, intern(rest.get(i))), f.line());
        ix.setDesc("field '" + rest.get(i) + "'");
        obj = ix;
      }
      // the store is fixed to the line of FUNCTION (luaK_fixline in funcstat)
      target = at(new LuaSetIndexNode(obj, null, intern(rest.get(rest.size() - 1))), f.line());
    }
    LuaAssignNode assign =
        new LuaAssignNode(new LuaAssignTargetNode[] {target}, new LuaExpressionNode[] {fn});
    assign.setFunctionStatement();
    return at(assign, f.line());
  }

  // ------------------------------------------------------------------ expressions

  private LuaExpressionNode[] exprs(List<LuaAst.Expr> list) {
    LuaExpressionNode[] out = new LuaExpressionNode[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = expr(list.get(i));
    }
    return out;
  }

  private String intern(String s) {
    return strings.computeIfAbsent(s, String::intern);
  }

  private LuaExpressionNode name(LuaAst.Name n) {
    Resolved r = resolve(n.name());
    if (r.local() != null) {
      return at(new LuaLocalReadNode(r.local()), n.line());
    } else if (r.upvalue() >= 0) {
      return at(new LuaUpvalueReadNode(r.upvalue(), n.name()), n.line());
    }
    return at(new LuaGlobalNode(intern(n.name())), n.line());
  }

  private LuaExpressionNode expr(LuaAst.Expr e) {
    return switch (e) {
      case LuaAst.Nil n -> at(new LuaConstantNode(LuaNil.NIL), n.line());
      case LuaAst.True t -> at(new LuaConstantNode(Boolean.TRUE), t.line());
      case LuaAst.False f -> at(new LuaConstantNode(Boolean.FALSE), f.line());
      case LuaAst.Number n -> at(numberConstant(n.value()), n.line());
      case LuaAst.Str s -> at(new LuaConstantNode(intern(s.value())), s.line());
      case LuaAst.Vararg v -> {
        fs.usesVarargs = true;
        yield at(new LuaVarargNode(fs.varargSlot), v.line());
      }
      case LuaAst.Function f -> closure(f.body(), "anonymous", f.line());
      case LuaAst.Name n -> name(n);
      case LuaAst.Index ix -> index(ix);
      case LuaAst.Call c -> call(c);
      case LuaAst.MethodCall m -> methodCall(m);
      case LuaAst.Binary b -> binary(b);
      case LuaAst.Unary u -> unary(u);
      case LuaAst.Table t -> table(t);
      case LuaAst.Paren p -> at(new LuaParenNode(expr(p.expr())), p.line());
    };
  }

  private LuaExpressionNode index(LuaAst.Index ix) {
    LuaExpressionNode obj = expr(ix.object());
    LuaIndexNode node;
    if (ix.key() instanceof LuaAst.Str s) {
      node = new LuaIndexNode(obj, null, intern(s.value()));
      node.setDesc("field '" + s.value() + "'");
    } else {
      node = new LuaIndexNode(obj, expr(ix.key()), null);
      node.setDesc("field '?'");
    }
    return at(node, ix.line());
  }

  private LuaExpressionNode call(LuaAst.Call c) {
    LuaExpressionNode fn = expr(c.fn());
    LuaExpressionNode[] args = exprs(c.args());
    String desc = fn.getDesc();
    return at(LuaCallNode.create(fn, args, desc, nameOf(desc)), c.line());
  }

  /** The bare name in a description such as {@code "global 'f'"}. */
  private static String nameOf(String desc) {
    if (desc == null) {
      return null;
    }
    int q = desc.indexOf('\'');
    return desc.substring(q + 1, desc.length() - 1);
  }

  private LuaExpressionNode methodCall(LuaAst.MethodCall m) {
    LuaExpressionNode receiver = expr(m.object());
    LuaIndexNode lookup = LuaIndexNode.forName(intern(m.method()), receiver.getDesc());
    lookup.setLine(m.selfLine());
    LuaExpressionNode[] args = exprs(m.args());
    return at(LuaCallNode.createMethod(receiver, lookup, args, m.method()), m.line());
  }

  private LuaExpressionNode binary(LuaAst.Binary b) {
    switch (b.op()) {
      case AND:
      case OR:
        {
          boolean isAnd = b.op() == LuaAst.BinOp.AND;
          LuaExpressionNode l = expr(b.left());
          LuaExpressionNode r = expr(b.right());
          if (constantTruth(l) == Boolean.valueOf(isAnd)) {
            // luaK_goiftrue/luaK_goiffalse emit nothing for a constant that never short-circuits
            // (1 and x, nil or x): the result is the right operand itself, one value of it,
            // and error messages name it (upvalue 'x')
            dropNumbers(l);
            return r.isMultiValued() ? at(new LuaParenNode(r), b.line()) : r;
          }
          return at(new LuaLogicalNode(l, r, isAnd), b.line());
        }
      case CONCAT:
        {
          List<LuaExpressionNode> ops = new ArrayList<>();
          LuaAst.Expr cur = b;
          while (cur instanceof LuaAst.Binary cb && cb.op() == LuaAst.BinOp.CONCAT) {
            ops.add(expr(cb.left()));
            cur = cb.right();
          }
          ops.add(expr(cur));
          return at(new LuaConcatNode(ops.toArray(new LuaExpressionNode[0])), b.line());
        }
      default:
        break;
    }
    LuaExpressionNode l = expr(b.left());
    LuaExpressionNode r = expr(b.right());
    String ld = l.getDesc();
    String rd = r.getDesc();
    LuaBinaryOpNode op =
        switch (b.op()) {
          case ADD -> LuaArithNodeGen.create(LuaOps.ADD, ld, rd);
          case SUB -> LuaArithNodeGen.create(LuaOps.SUB, ld, rd);
          case MUL -> LuaArithNodeGen.create(LuaOps.MUL, ld, rd);
          case DIV -> LuaArithNodeGen.create(LuaOps.DIV, ld, rd);
          case MOD -> LuaArithNodeGen.create(LuaOps.MOD, ld, rd);
          case POW -> LuaArithNodeGen.create(LuaOps.POW, ld, rd);
          case EQ -> LuaEqualsNodeGen.create(false);
          case NE -> LuaEqualsNodeGen.create(true);
          case LT -> LuaCompareNodeGen.create(false, false);
          case LE -> LuaCompareNodeGen.create(true, false);
          case GT -> LuaCompareNodeGen.create(false, true);
          case GE -> LuaCompareNodeGen.create(true, true);
          default -> throw new IllegalStateException(b.op().toString());
        };
    if (op instanceof LuaArithNode arith
        && l instanceof LuaConstantNode lc
        && lc.getValue() instanceof Double x
        && r instanceof LuaConstantNode rc
        && rc.getValue() instanceof Double y) {
      // constant folding as lcode.c's constfolding: not for division by zero or a NaN result
      int code = arith.getOperation();
      double v = LuaOps.arithRaw(code, x, y);
      if (!((code == LuaOps.DIV || code == LuaOps.MOD) && y == 0) && !Double.isNaN(v)) {
        // the operands are not emitted: only the result is a constant of the function
        fs.numbers.remove(lc);
        fs.numbers.remove(rc);
        return at(numberConstant(v), b.line());
      }
    }
    return at(new LuaBinaryNode(l, r, op), b.line());
  }

  /**
   * The truth of an expression lcode.c holds as a constant (nil, false, true, a number or string,
   * parenthesized or under not), or null.
   */
  private static Boolean constantTruth(LuaExpressionNode e) {
    if (e instanceof LuaConstantNode c) {
      return LuaOps.isTrue(c.getValue());
    }
    if (e instanceof LuaParenNode p) {
      return constantTruth(p.getExpr());
    }
    if (e instanceof LuaNotNode n && constantTruth(n.getOperand()) instanceof Boolean t) {
      return !t;
    }
    return null;
  }

  /** A constant operand that emits no code: its numbers are no constants of the function. */
  private void dropNumbers(LuaExpressionNode e) {
    if (e instanceof LuaConstantNode c) {
      fs.numbers.remove(c);
    } else if (e instanceof LuaParenNode p) {
      dropNumbers(p.getExpr());
    } else if (e instanceof LuaNotNode n) {
      dropNumbers(n.getOperand());
    }
  }

  /** A numeric literal or folded constant of the function being translated. */
  private LuaConstantNode numberConstant(double v) {
    LuaConstantNode c = new LuaConstantNode(v);
    fs.numbers.add(c);
    return c;
  }

  /** Gives every zero constant of the function the sign of the first one (see FunctionScope). */
  private static void unifyZeros(FunctionScope scope) {
    Double zero = null;
    for (LuaConstantNode c : scope.numbers) {
      if (c.getValue() instanceof Double d && d == 0) {
        if (zero == null) {
          zero = d;
        } else {
          c.setValue(zero);
        }
      }
    }
  }

  private LuaExpressionNode unary(LuaAst.Unary u) {
    if (u.op() == LuaAst.UnOp.NEG && u.operand() instanceof LuaAst.Number n) {
      return at(numberConstant(-n.value()), u.line());
    }
    LuaExpressionNode operand = expr(u.operand());
    return at(
        switch (u.op()) {
          case NEG -> foldNegation(operand);
          case NOT -> new LuaNotNode(operand);
          case LEN -> new LuaLengthNode(operand);
        },
        u.line());
  }

  private static LuaExpressionNode foldNegation(LuaExpressionNode operand) {
    if (operand instanceof LuaConstantNode c && c.getValue() instanceof Double d) {
      return new LuaConstantNode(-d);
    }
    return LuaUnaryMinusNodeGen.create(operand.getDesc(), operand);
  }

  private LuaExpressionNode table(LuaAst.Table t) {
    int n = t.fields().size();
    LuaExpressionNode[] keys = new LuaExpressionNode[n];
    LuaExpressionNode[] values = new LuaExpressionNode[n];
    int[] lines = new int[n];
    for (int i = 0; i < n; i++) {
      LuaAst.TableField f = t.fields().get(i);
      keys[i] = f.key() == null ? null : expr(f.key());
      values[i] = expr(f.value());
      lines[i] = f.line();
    }
    return at(new LuaTableConstructorNode(keys, values, lines), t.line());
  }
}
