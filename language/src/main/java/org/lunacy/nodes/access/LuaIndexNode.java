package org.lunacy.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;
import org.lunacy.runtime.LuaTable;

/**
 * {@code obj[key]} and {@code obj.name} (OP_GETTABLE, luaV_gettable): a raw table hit first, then
 * the metatable path. With a constant string key the lookup goes straight to the hash part.
 */
public final class LuaIndexNode extends LuaExpressionNode {
  @Child private LuaExpressionNode object;
  @Child private LuaExpressionNode key;
  private final String constKey;
  private final String objectDesc;
  /** Whether a raw lookup ever missed (compiled code without a miss deoptimizes on one). */
  private final ConditionProfile hit = ConditionProfile.create();
  /**
   * Whether a number key was ever looked up outside the array part. Until then compiled code has
   * only the array path, and the values it reads need not be boxed: a box merged with the hash
   * part's values would have to be allocated.
   */
  @CompilationFinal private boolean seenHashNumber;
  /** The kinds of array part this site has read: unboxed numbers, objects. */
  @CompilationFinal private boolean seenNumericArray;
  @CompilationFinal private boolean seenObjectArray;
  /**
   * Whether the generic path (metamethods, values that are not tables, errors) ever ran. Until
   * then compiled code has none: the key it would pass there need not be allocated.
   */
  @CompilationFinal private boolean seenGeneric;
  /**
   * With a constant key: whether a table ever lacked it. Until then compiled code has no
   * {@code __index} path, and a number read from a field needs no box.
   */
  @CompilationFinal private boolean seenMiss;
  /** With a constant key: its lookup in the table and in each {@code __index} table of a chain. */
  @Children private final LuaFieldNode[] fields;
  /** The {@code __index} lookups in the metatables of the chain. */
  @Children private final LuaFieldNode[] handlers;

  public LuaIndexNode(LuaExpressionNode object, LuaExpressionNode key, String constKey) {
    this(object, key, constKey, object == null ? null : object.getDesc());
  }

  /** A lookup of a constant name on a value computed elsewhere (method calls). */
  public static LuaIndexNode forName(String name, String objectDesc) {
    return new LuaIndexNode(null, null, name, objectDesc);
  }

  private LuaIndexNode(LuaExpressionNode object, LuaExpressionNode key, String constKey, String objectDesc) {
    this.object = object;
    this.key = key;
    this.constKey = constKey;
    this.objectDesc = objectDesc;
    if (constKey != null) {
      fields = new LuaFieldNode[INLINE_CHAIN];
      handlers = new LuaFieldNode[INLINE_CHAIN];
      for (int i = 0; i < INLINE_CHAIN; i++) {
        fields[i] = new LuaFieldNode(constKey);
        handlers[i] = new LuaFieldNode("__index");
      }
    } else {
      fields = null;
      handlers = null;
    }
  }

  /** Phases of a yield: 0 in the object expression, 1 in the key (with the object). */
  @Override
  public Object execute(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    if (co != null && resumePhase(co) == 1) {
      Object obj = co.saved(0);
      return index(obj, evaluateKey(frame, obj));
    }
    Object obj = evaluateObject(frame);
    return constKey != null ? executeOn(obj) : index(obj, evaluateKey(frame, obj));
  }

  /**
   * For a typed user (arithmetic): a number in a table's unboxed array part is returned as it is;
   * anything else is looked up as usual and comes back unboxed, or in the exception.
   */
  @Override
  public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
    if (constKey != null) {
      return super.executeDouble(frame);
    }
    LuaCoroutine co = resuming(frame);
    Object obj = co != null && resumePhase(co) == 1 ? co.saved(0) : evaluateObject(frame);
    Object k = evaluateKey(frame, obj);
    if (obj instanceof LuaTable t && k instanceof Double d) {
      int pos = t.arrayPosition(d);
      if (pos >= 0) {
        double n = t.arrayNumber(pos);
        if (!LuaTable.isHole(n)) {
          return n;
        }
      }
    }
    Object v = index(obj, k);
    if (v instanceof Double n) {
      return n;
    }
    throw new UnexpectedResultException(v);
  }

  /**
   * Array-part element {@code pos} of {@code t}: compiled code reads only the kinds of array part
   * the site has met, and leaves for the interpreter at another.
   */
  private Object arrayValue(LuaTable t, int pos) {
    if (t.hasNumericArray()) {
      if (!seenNumericArray) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenNumericArray = true;
      }
      return t.numericArrayValue(pos);
    }
    if (!seenObjectArray) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenObjectArray = true;
    }
    return t.objectArrayValue(pos);
  }

  /** The object expression (yield phase 0). */
  private Object evaluateObject(VirtualFrame frame) {
    try {
      return object.execute(frame);
    } catch (LuaYield y) {
      throw suspend(y, 0);
    }
  }

  /** The key expression (yield phase 1, which keeps the object). */
  private Object evaluateKey(VirtualFrame frame, Object obj) {
    try {
      return key.execute(frame);
    } catch (LuaYield y) {
      throw suspend(y, 1, obj, null, null);
    }
  }

  private Object index(Object obj, Object k) {
    if (obj instanceof LuaTable t) {
      Object v;
      if (k instanceof Double d) {
        int pos = t.arrayPosition(d);
        if (pos >= 0) {
          v = arrayValue(t, pos);
        } else {
          if (!seenHashNumber) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenHashNumber = true;
          }
          v = hashNumber(t, d);
        }
      } else {
        int pos = t.findEntry(k);
        v = pos < 0 ? null : nodeValue().read(t, pos);
      }
      if (hit.profile(v != null)) {
        return v;
      }
      LuaTable mt = t.getMetatable();
      if (mt == null) {
        return LuaNil.NIL;
      }
      Object h = indexHandler().get(mt);
      if (h == null) {
        return LuaNil.NIL;
      }
      if (h instanceof org.lunacy.runtime.LuaFunction f) {
        return metaCall().call1(f, t, k, this);
      }
    }
    if (!seenGeneric) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenGeneric = true;
    }
    return LuaOps.index(obj, k, this, objectDesc);
  }

  /** With a computed key that is not a number: the read of the key's node, made on first need. */
  @Child private LuaNodeValueNode nodeValue;

  private LuaNodeValueNode nodeValue() {
    LuaNodeValueNode n = nodeValue;
    if (n == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      n = insert(new LuaNodeValueNode());
      nodeValue = n;
    }
    return n;
  }

  /** With a computed key: the {@code __index} lookup in a table's metatable, made on first need. */
  @Child private LuaFieldNode indexHandler;

  /** The call of an {@code __index} function, made on first need. */
  @Child private org.lunacy.nodes.call.LuaMetaCallNode metaCall;

  private LuaFieldNode indexHandler() {
    LuaFieldNode n = indexHandler;
    if (n == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      n = insert(new LuaFieldNode("__index"));
      indexHandler = n;
    }
    return n;
  }

  private org.lunacy.nodes.call.LuaMetaCallNode metaCall() {
    org.lunacy.nodes.call.LuaMetaCallNode n = metaCall;
    if (n == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      n = insert(new org.lunacy.nodes.call.LuaMetaCallNode());
      metaCall = n;
    }
    return n;
  }

  /** A number key outside the array part: a call in compiled code (it keeps loops small). */
  @TruffleBoundary
  private static Object hashNumber(LuaTable t, double d) {
    return t.rawgetNumber(d);
  }

  /** How many {@code __index} tables are followed inline before the generic path. */
  private static final int INLINE_CHAIN = 4;

  /**
   * What the {@code __index} chain of one receiver metatable gives for the constant key, when
   * every table on the chain stays as it was: the metatable's {@code __index}, the key absent
   * from (or its value in) each table the chain passes, their metatables. Compiled code holds
   * {@code value} as a constant: a method call through a class hierarchy tests the receiver's
   * metatable and calls a known function.
   */
  private static final class Chain {
    final java.lang.ref.WeakReference<LuaTable> metatable;
    /** The value the chain gives (a function or an immutable value), null for nil. */
    final Object value;

    @CompilationFinal(dimensions = 1)
    final com.oracle.truffle.api.Assumption[] assumptions;

    Chain(LuaTable metatable, Object value, com.oracle.truffle.api.Assumption[] assumptions) {
      this.metatable = new java.lang.ref.WeakReference<>(metatable);
      this.value = value;
      this.assumptions = assumptions;
    }

    @ExplodeLoop
    boolean holds() {
      for (com.oracle.truffle.api.Assumption a : assumptions) {
        if (!a.isValid()) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Chain[] NO_CHAINS = new Chain[0];

  /** The receiver metatables whose chains a site folds (a polymorphic inline cache). */
  private static final int MAX_CHAINS = 4;

  /** Chains given up on (their tables changed) before the site stops folding chains. */
  private static final int MAX_CHAIN_DROPS = 8;

  private static final int CHAINS_UNTRIED = 0;
  private static final int CHAINS_ON = 1;
  private static final int CHAINS_OFF = 2;

  @CompilationFinal(dimensions = 1)
  private Chain[] chains = NO_CHAINS;

  @CompilationFinal private byte chainState = CHAINS_UNTRIED;
  @CompilationFinal private byte chainDrops;

  /**
   * Indexes {@code obj} with the constant key; {@code __index} chains of tables (classes,
   * inheritance) are followed here, functions and other values take the generic path.
   */
  @ExplodeLoop
  public Object executeOn(Object obj) {
    if (chainState != CHAINS_OFF && obj instanceof LuaTable t) {
      Object own = fields[0].get(t);
      if (own != null) {
        return own;
      }
      if (!seenMiss) {
        // until then compiled code has no merge of a field's value with the chain's
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenMiss = true;
      }
      LuaTable mt = t.getMetatable();
      if (mt == null) {
        return LuaNil.NIL;
      }
      Chain[] cs = chains;
      for (int i = 0; i < cs.length; i++) {
        Chain c = cs[i];
        if (mt == c.metatable.get() && c.holds()) {
          return c.value == null ? LuaNil.NIL : c.value;
        }
      }
      CompilerDirectives.transferToInterpreterAndInvalidate();
      Object v = follow(obj);
      learnChain(mt);
      return v;
    }
    return follow(obj);
  }

  /**
   * Takes in the chain of receiver metatable {@code mt}. A site whose chains cannot all be
   * folded, that sees more metatables than it folds, or whose tables keep changing, follows
   * chains table by table from then on.
   */
  private void learnChain(LuaTable mt) {
    Chain c = chainOf(mt);
    java.util.List<Chain> kept = new java.util.ArrayList<>();
    for (Chain old : chains) {
      if (old.metatable.get() != null && old.holds()) {
        kept.add(old);
      } else {
        chainDrops++;
      }
    }
    if (c == null || kept.size() >= MAX_CHAINS || chainDrops > MAX_CHAIN_DROPS) {
      chainState = CHAINS_OFF;
      chains = NO_CHAINS;
      return;
    }
    kept.add(c);
    chains = kept.toArray(NO_CHAINS);
    chainState = CHAINS_ON;
  }

  private static final int INDEX_HASH = LuaTable.hashOf("__index");

  /**
   * The chain of {@code mt} for this site's key, or null when it cannot be folded: an
   * {@code __index} that is not a table, a value that is a table (folding it would keep it
   * alive), a table that keeps getting new keys, or a chain longer than the inline one.
   */
  @TruffleBoundary
  private Chain chainOf(LuaTable mt) {
    java.util.List<com.oracle.truffle.api.Assumption> as = new java.util.ArrayList<>();
    int hash = LuaTable.hashOf(constKey);
    LuaTable m = mt;
    Object value = null;
    for (int depth = 0; ; depth++) {
      if (depth >= INLINE_CHAIN) {
        return null;
      }
      int ip = m.findString("__index", INDEX_HASH);
      if (ip < 0) {
        com.oracle.truffle.api.Assumption a = m.absenceAssumption();
        if (a == null) {
          return null;
        }
        as.add(a);
        break; // no __index: nil
      }
      Object h = m.entryValue(ip);
      if (!(h instanceof LuaTable c)) {
        return null;
      }
      as.add(m.valueAssumption(ip));
      int kp = c.findString(constKey, hash);
      if (kp >= 0) {
        value = c.entryValue(kp);
        if (value == null) {
          return null;
        }
        as.add(c.valueAssumption(kp));
        break;
      }
      com.oracle.truffle.api.Assumption a = c.absenceAssumption();
      if (a == null) {
        return null;
      }
      as.add(a);
      as.add(c.metatableAssumption());
      if (c.getMetatable() == null) {
        break; // nil
      }
      m = c.getMetatable();
    }
    boolean foldable = value == null || value instanceof org.lunacy.runtime.LuaFunction
        || value instanceof String || value instanceof Double || value instanceof Boolean;
    if (!foldable) {
      return null;
    }
    com.oracle.truffle.api.Assumption[] all = as.toArray(new com.oracle.truffle.api.Assumption[0]);
    for (com.oracle.truffle.api.Assumption a : all) {
      if (!a.isValid()) {
        return null;
      }
    }
    return new Chain(mt, value, all);
  }

  /** Follows the {@code __index} chain of {@code obj} table by table. */
  @ExplodeLoop
  private Object follow(Object obj) {
    Object cur = obj;
    int depth = 0;
    for (; depth < INLINE_CHAIN; depth++) {
      if (!(cur instanceof LuaTable t)) {
        break;
      }
      Object v = fields[depth].get(t);
      if (v != null) {
        return v;
      }
      LuaTable mt = t.getMetatable();
      if (mt == null) {
        return LuaNil.NIL;
      }
      Object h = handlers[depth].get(mt);
      if (h == null) {
        return LuaNil.NIL;
      }
      if (!(h instanceof LuaTable)) {
        if (h instanceof org.lunacy.runtime.LuaFunction f) {
          return metaCall().call1(f, t, constKey, this);
        }
        break;
      }
      cur = h;
    }
    if (!seenGeneric) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenGeneric = true;
    }
    // the tables followed here count toward the chain's limit ("loop in gettable")
    return LuaOps.index(cur, constKey, this, cur == obj ? objectDesc : null, depth);
  }
}
