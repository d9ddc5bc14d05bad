package org.lunacy.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;
import org.lunacy.runtime.LuaTable;

/** The target {@code obj[key]} / {@code obj.name} of an assignment (OP_SETTABLE, luaV_settable). */
public final class LuaSetIndexNode extends LuaAssignTargetNode {
  @Child private LuaExpressionNode object;
  @Child private LuaExpressionNode key;
  private final String constKey;
  private final String objectDesc;
  @Child private LuaFieldNode field;
  /** The {@code __newindex} lookup in the metatable: without one a store is raw. */
  @Child private LuaFieldNode newindex = new LuaFieldNode("__newindex");
  /**
   * Whether a number key was ever stored outside the array part, and whether the generic path
   * (metatables, values that are not tables, errors) ever ran: compiled code has only the paths
   * seen, so a loop's boxed index or value is not allocated for a path it never takes.
   */
  @CompilationFinal private boolean seenHashNumber;
  /** The kinds of array part this site has stored into: unboxed numbers, objects. */
  @CompilationFinal private boolean seenNumericArray;
  @CompilationFinal private boolean seenObjectArray;
  @CompilationFinal private boolean seenGeneric;
  /** Whether a string key was ever stored here by a full lookup (a new key, say). */
  @CompilationFinal private boolean seenNewKey;

  public LuaSetIndexNode(LuaExpressionNode object, LuaExpressionNode key, String constKey) {
    this.object = object;
    this.key = key;
    this.constKey = constKey;
    this.objectDesc = object.getDesc();
    this.field = constKey == null ? null : new LuaFieldNode(constKey);
  }

  /** Whether the table is a local and the key a constant (no code runs before the store). */
  public boolean hasLocalObject() {
    return object instanceof org.lunacy.nodes.local.LuaLocalReadNode && key == null;
  }

  /** Phases of a yield: 0 in the object expression, 1 in the key (with the object). */
  @Override
  public Object prepare(VirtualFrame frame) {
    LuaCoroutine co = resuming(frame);
    Object obj;
    if (co != null && resumePhase(co) == 1) {
      obj = co.saved(0);
    } else {
      try {
        obj = object.execute(frame);
      } catch (LuaYield y) {
        throw suspend(y, 0);
      }
    }
    Object k;
    try {
      k = constKey != null ? constKey : key.execute(frame);
    } catch (LuaYield y) {
      throw suspend(y, 1, obj, null, null);
    }
    return new Object[] {obj, k};
  }

  @Override
  public void assign(VirtualFrame frame, Object prepared, Object value) {
    Object[] p = (Object[]) prepared;
    store(p[0], p[1], value);
  }

  private void store(Object obj, Object k, Object value) {
    if (field != null && obj instanceof LuaTable t && field.store(t, value)) {
      return;
    }
    Object handler = null;
    if (obj instanceof LuaTable t
        && (t.getMetatable() == null || (handler = newindex.get(t.getMetatable())) == null)) {
      if (k instanceof String s) {
        if (!seenNewKey) {
          CompilerDirectives.transferToInterpreterAndInvalidate();
          seenNewKey = true;
        }
        t.rawset(s, value);
        return;
      }
      if (k instanceof Double d) {
        int pos = t.arrayPosition(d);
        if (pos >= 0) {
          arrayStore(t, pos, value);
          return;
        }
        if (!Double.isNaN(d)) {
          if (!seenHashNumber) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenHashNumber = true;
          }
          t.rawsetNumber(d, value);
          return;
        }
      }
    }
    if (handler instanceof org.lunacy.runtime.LuaFunction f
        && obj instanceof LuaTable t
        && k != LuaNil.NIL
        && !(k instanceof Double d && Double.isNaN(d))
        && t.rawget(k) == null) {
      // a new key of a table whose __newindex is a function: called through an inline cache
      metaCall().call1(f, t, k, value, this);
      return;
    }
    if (!seenGeneric) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenGeneric = true;
    }
    LuaOps.setIndex(obj, k, value, this, objectDesc);
  }

  /**
   * Stores into array-part element {@code pos} of {@code t}: compiled code handles only the
   * kinds of array part the site has met, and leaves for the interpreter at another.
   */
  private void arrayStore(LuaTable t, int pos, Object value) {
    if (t.hasNumericArray()) {
      if (!seenNumericArray) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenNumericArray = true;
      }
      if (t.numericArrayStore(pos, value)) {
        return;
      }
      // a value that is not a number: the array part starts holding objects
      t.arrayStore(pos, value);
      return;
    }
    if (!seenObjectArray) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      seenObjectArray = true;
    }
    t.objectArrayStore(pos, value);
  }

  /** The call of a {@code __newindex} function, made on first need. */
  @Child private org.lunacy.nodes.call.LuaMetaCallNode metaCall;

  private org.lunacy.nodes.call.LuaMetaCallNode metaCall() {
    org.lunacy.nodes.call.LuaMetaCallNode n = metaCall;
    if (n == null) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      n = insert(new org.lunacy.nodes.call.LuaMetaCallNode());
      metaCall = n;
    }
    return n;
  }
}
