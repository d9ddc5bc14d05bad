package org.lunacy.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.lunacy.nodes.LuaExpressionNode;
import org.lunacy.runtime.LuaCoroutine;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaYield;
import org.lunacy.runtime.LuaTable;

/** The target {@code obj[key]} / {@code obj.name} of an assignment (OP_SETTABLE, luaV_settable). */
public final class LuaSetIndexNode extends LuaAssignTargetNode {
  @Child private LuaExpressionNode object;
  @Child private LuaExpressionNode key;
  private final String constKey;
  private final String objectDesc;

  public LuaSetIndexNode(LuaExpressionNode object, LuaExpressionNode key, String constKey) {
    this.object = object;
    this.key = key;
    this.constKey = constKey;
    this.objectDesc = object.getDesc();
  }

  @Override
  public Object prepare(VirtualFrame frame) {
    Object obj;
    try {
      obj = object.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 0);
    }
    return withKey(frame, obj);
  }

  private Object withKey(VirtualFrame frame, Object obj) {
    Object k;
    try {
      k = constKey != null ? constKey : key.execute(frame);
    } catch (LuaYield y) {
      throw y.push(this, 1, obj, null, null);
    }
    return new Object[] {obj, k};
  }

  @Override
  public Object resumePrepare(VirtualFrame frame, LuaCoroutine co) {
    LuaYield.Record r = co.pop(this);
    if (r.phase == 0) {
      Object obj;
      try {
        obj = object.resume(frame, co);
      } catch (LuaYield y) {
        throw y.push(this, 0);
      }
      return withKey(frame, obj);
    }
    if (key == null) {
      throw LuaExpressionNode.notResumable(this);
    }
    Object k;
    try {
      k = key.resume(frame, co);
    } catch (LuaYield y) {
      throw y.push(this, 1, r.a, null, null);
    }
    return new Object[] {r.a, k};
  }

  @Override
  public void assign(VirtualFrame frame, Object prepared, Object value) {
    Object[] p = (Object[]) prepared;
    store(p[0], p[1], value);
  }

  private void store(Object obj, Object k, Object value) {
    if (obj instanceof LuaTable t && t.getMetatable() == null) {
      if (k instanceof String s) {
        t.rawset(s, value);
        return;
      }
      if (k instanceof Double d && !Double.isNaN(d)) {
        t.rawsetNumber(d, value);
        return;
      }
    }
    LuaOps.setIndex(obj, k, value, this, objectDesc);
  }
}
