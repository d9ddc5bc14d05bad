package org.lunacy.nodes.expression;

import com.oracle.truffle.api.nodes.Node;
import org.lunacy.nodes.LuaNode;
import org.lunacy.nodes.access.LuaFieldNode;
import org.lunacy.nodes.call.LuaMetaCallNode;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaOps;
import org.lunacy.runtime.LuaTable;

/**
 * get_compTM and call_orderTM for two tables through inline caches: the handler ({@code __lt},
 * {@code __le} or {@code __eq}) looked up in both metatables with hash-slot witnesses and, when
 * both tables have the same function, called through a {@link LuaMetaCallNode}, so compiled code
 * can inline an object type's comparison.
 */
public final class LuaCompareMetaNode extends Node {
  @Child private LuaFieldNode leftHandler;
  @Child private LuaFieldNode rightHandler;
  @Child private LuaMetaCallNode call = new LuaMetaCallNode();

  public LuaCompareMetaNode(String event) {
    leftHandler = new LuaFieldNode(event);
    rightHandler = new LuaFieldNode(event);
  }

  /**
   * The handler's result for {@code a} and {@code b}; null when they have no common handler
   * function (the caller takes the general path: other handlers, the error).
   */
  public Boolean execute(LuaTable a, LuaTable b, LuaNode site) {
    LuaTable ma = a.getMetatable();
    return ma == null ? null : execute(a, b, leftHandler.get(ma), site);
  }

  /** {@link #execute(LuaTable, LuaTable, LuaNode)} with {@code a}'s handler {@code h} known. */
  public Boolean execute(LuaTable a, LuaTable b, Object h, LuaNode site) {
    LuaTable ma = a.getMetatable();
    LuaTable mb = b.getMetatable();
    if (h instanceof LuaFunction f && mb != null && (ma == mb || rightHandler.get(mb) == h)) {
      return LuaOps.isTrue(call.call1(f, a, b, site));
    }
    return null;
  }
}
