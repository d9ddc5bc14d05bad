package org.lunacy.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.Node;
import org.lunacy.runtime.LuaTable;

/**
 * Reads the value of a table's node at a site that profiles what it reads: a number the table
 * keeps unboxed, a boxed number, anything else (nil included). Compiled code reads only the
 * kinds the site has met and leaves for the interpreter at another. Both kinds of number meet as
 * a double, which is boxed after they merge, so a consumer that unboxes it allocates nothing (a
 * box merged with other values would have to be allocated).
 */
public final class LuaNodeValueNode extends Node {
  @CompilationFinal private boolean seenUnboxed;
  @CompilationFinal private boolean seenBoxed;
  @CompilationFinal private boolean seenOther;

  /** The value of node {@code pos} of {@code t}; null if nil. */
  public Object read(LuaTable t, int pos) {
    Object v = t.entryValues()[pos];
    double n;
    if (LuaTable.isNumberEntry(v)) {
      if (!seenUnboxed) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenUnboxed = true;
      }
      n = t.entryNumber(pos);
    } else if (v instanceof Double d) {
      if (!seenBoxed) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenBoxed = true;
      }
      if (!seenUnboxed || CompilerDirectives.inInterpreter()) {
        return d; // the box is there already
      }
      n = d;
    } else {
      if (!seenOther) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        seenOther = true;
      }
      return v;
    }
    return n;
  }
}
