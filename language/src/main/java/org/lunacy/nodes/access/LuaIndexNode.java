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
  /**
   * Whether the generic path (metamethods, values that are not tables, errors) ever ran. Until
   * then compiled code has none: the key it would pass there need not be allocated.
   */
  @CompilationFinal private boolean seenGeneric;
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
          v = t.arrayValue(pos);
        } else {
          if (!seenHashNumber) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenHashNumber = true;
          }
          v = hashNumber(t, d);
        }
      } else {
        v = t.rawget(k);
      }
      if (hit.profile(v != null)) {
        return v;
      }
      if (t.getMetatable() == null) {
        return LuaNil.NIL;
      }
    }
    if (!seenGeneric) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenGeneric = true;
    }
    return LuaOps.index(obj, k, this, objectDesc);
  }

  /** A number key outside the array part: a call in compiled code (it keeps loops small). */
  @TruffleBoundary
  private static Object hashNumber(LuaTable t, double d) {
    return t.rawgetNumber(d);
  }

  /** How many {@code __index} tables are followed inline before the generic path. */
  private static final int INLINE_CHAIN = 4;

  /**
   * Indexes {@code obj} with the constant key; {@code __index} chains of tables (classes,
   * inheritance) are followed here, functions and other values take the generic path.
   */
  @ExplodeLoop
  public Object executeOn(Object obj) {
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
