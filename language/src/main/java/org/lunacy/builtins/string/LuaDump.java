package org.lunacy.builtins.string;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import java.util.ArrayList;
import java.util.List;
import org.lunacy.LuaLanguage;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaNil;
import org.lunacy.runtime.LuaTable;

/**
 * string.dump and the loading of what it produces (ldump.c, lundump.c). Lunacy has no bytecode:
 * a dump is lua5.1's 12-byte header followed by the function's source text, its chunk name, the
 * lines it starts on, its parameters and its upvalue names. Loading parses the text again inside
 * a chunk that declares the upvalues as locals, placed on the same lines, and closes the function
 * over fresh cells holding nil, as lua_load does for the upvalues of an undumped function.
 */
public final class LuaDump {
  private LuaDump() {}

  /** lundump.c's header for this platform: signature, version 0x51, format, sizes. */
  private static final String HEADER = "\u001bLua\u0051\u0000\u0001\u0004\u0008\u0004\u0008\u0000";

  private static final String MAGIC = "Lunacy\n";

  /** string.dump(f): null for a builtin ("unable to dump given function"). */
  @TruffleBoundary
  public static String dump(LuaFunction f) {
    if (f.isBuiltin() || !(f.callTarget.getRootNode() instanceof LuaFunctionRootNode root)) {
      return null;
    }
    LuaFunctionRootNode.Text text = root.getText();
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(HEADER).append(MAGIC);
    sb.append(root.isMain() ? 'M' : 'F');
    field(sb, root.getChunkName());
    field(sb, Integer.toString(root.getLineDefined()));
    field(sb, Integer.toString(text.line()));
    field(sb, text.vararg() ? "1" : "0");
    field(sb, String.join(",", text.params()));
    String[] ups = root.getUpvalueNames();
    field(sb, ups == null ? "" : String.join(",", ups));
    field(sb, text.code().substring(text.start(), text.end()));
    return sb.toString();
  }

  private static void field(StringBuilder sb, String s) {
    sb.append(s.length()).append(':').append(s);
  }

  /**
   * Loads a binary chunk: a dump made by {@link #dump} becomes its function again; anything else
   * is rejected with lundump.c's message.
   */
  @TruffleBoundary
  public static LuaFunction undump(LuaLanguage language, String code, String chunkName, LuaTable env) {
    String prefix = HEADER + MAGIC;
    if (code.length() < prefix.length() + 1 || !code.startsWith(prefix)) {
      throw new LuaError(LuaLanguage.binaryChunkError(code, chunkName));
    }
    List<String> fields = new ArrayList<>();
    int p = prefix.length() + 1;
    while (p < code.length()) {
      int colon = code.indexOf(':', p);
      int len = colon < 0 ? -1 : parseInt(code.substring(p, colon));
      if (len < 0 || colon + 1 + len > code.length()) {
        throw truncated(chunkName);
      }
      fields.add(code.substring(colon + 1, colon + 1 + len));
      p = colon + 1 + len;
    }
    if (fields.size() != 7) {
      throw truncated(chunkName);
    }
    char kind = code.charAt(prefix.length());
    String name = fields.get(0);
    int lineDefined = parseInt(fields.get(1));
    int textLine = parseInt(fields.get(2));
    String body = fields.get(6);
    Source source =
        Source.newBuilder(LuaLanguage.ID, body, name.length() > 200 ? name.substring(0, 200) : name)
            .mimeType(LuaLanguage.MIME_TYPE)
            .build();
    if (kind == 'M') {
      LuaFunctionRootNode root = language.parseChunk(source, body, name);
      return new LuaFunction(root.getCallTarget(), new LuaCell[0], env);
    }
    if (kind != 'F' || lineDefined < 0 || textLine < lineDefined) {
      throw truncated(chunkName);
    }
    String text = wrap(lineDefined, textLine, fields.get(3).equals("1"), fields.get(4),
        fields.get(5), body);
    Source wrapped =
        Source.newBuilder(LuaLanguage.ID, text, name.length() > 200 ? name.substring(0, 200) : name)
            .mimeType(LuaLanguage.MIME_TYPE)
            .build();
    LuaFunctionRootNode root = language.parseLastFunction(wrapped, text, name);
    int nups = root.getUpvalueNames() == null ? 0 : root.getUpvalueNames().length;
    LuaCell[] cells = new LuaCell[nups];
    for (int i = 0; i < nups; i++) {
      cells[i] = new LuaCell(LuaNil.NIL);
    }
    return new LuaFunction(root.getCallTarget(), cells, env);
  }

  /**
   * The chunk a dumped function is parsed back from: its upvalues declared as locals and {@code
   * function(params)} on the line it was defined on, its text from the line its parameter list
   * ended on.
   */
  private static String wrap(
      int lineDefined, int textLine, boolean vararg, String params, String ups, String body) {
    StringBuilder sb = new StringBuilder();
    sb.append("\n".repeat(Math.max(lineDefined, 1) - 1));
    if (!ups.isEmpty()) {
      sb.append("local ").append(ups).append(";");
    }
    sb.append("return function(").append(params);
    if (vararg) {
      sb.append(params.isEmpty() ? "..." : ",...");
    }
    sb.append("\n".repeat(textLine - Math.max(lineDefined, 1))).append(')').append(body);
    return sb.toString();
  }

  private static LuaError truncated(String chunkName) {
    String name =
        chunkName.startsWith("@") || chunkName.startsWith("=")
            ? chunkName.substring(1)
            : "binary string";
    return new LuaError(name + ": unexpected end in precompiled chunk");
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
