package org.lunacy.nodes.expression;

import com.oracle.truffle.api.nodes.Node;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.access.LuaFieldNode;
import org.lunacy.nodes.call.LuaMetaCallNode;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/**
 * call_orderTM for two tables through inline caches: {@code __lt} (or {@code __le} for
 * {@code <=}) looked up in both metatables with hash-slot witnesses and, when both tables have
 * the same function, called through a {@link LuaMetaCallNode}, so compiled code can inline an
 * object type's comparison.
 */
public final class LuaOrderMetaNode extends Node {
  @Child private LuaFieldNode leftHandler;
  @Child private LuaFieldNode rightHandler;
  @Child private LuaMetaCallNode call = new LuaMetaCallNode();

  public LuaOrderMetaNode(boolean orEqual) {
    String event = orEqual ? "__le" : "__lt";
    leftHandler = new LuaFieldNode(event);
    rightHandler = new LuaFieldNode(event);
  }

  /**
   * {@code a < b} (or {@code a <= b}) through the tables' common handler function; null when
   * they have none (the caller takes the general path: other handlers, the error).
   */
  public Boolean execute(LuaTable a, LuaTable b, LuaNode site) {
    LuaTable ma = a.getMetatable();
    LuaTable mb = b.getMetatable();
    if (ma == null || mb == null) {
      return null;
    }
    Object h = leftHandler.get(ma);
    if (h instanceof LuaFunction f && (ma == mb || rightHandler.get(mb) == h)) {
      return LuaOps.isTrue(call.call1(f, a, b, site));
    }
    return null;
  }
}
