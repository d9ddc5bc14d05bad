package org.lunacy;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import java.nio.charset.StandardCharsets;
import org.graalvm.options.OptionDescriptors;
import org.lunacy.nodes.LuaFunctionRootNode;
import org.lunacy.nodes.LuaTopLevelRootNode;
import org.lunacy.parser.LuaAst;
import org.lunacy.parser.LuaParser;
import org.lunacy.parser.LuaSyntaxException;
import org.lunacy.parser.LuaTranslator;
import org.lunacy.runtime.LuaCell;
import org.lunacy.runtime.LuaError;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaTable;

/** Lua 5.1 as a Truffle language. */
@TruffleLanguage.Registration(
    id = LuaLanguage.ID,
    name = "Lua",
    implementationName = "Lunacy",
    version = "5.1",
    defaultMimeType = LuaLanguage.MIME_TYPE,
    characterMimeTypes = LuaLanguage.MIME_TYPE,
    contextPolicy = TruffleLanguage.ContextPolicy.SHARED,
    fileTypeDetectors = LuaFileDetector.class,
    website = "https://www.lua.org/manual/5.1/")
public final class LuaLanguage extends TruffleLanguage<LuaContext> {
  public static final String ID = "lua";
  public static final String MIME_TYPE = "text/x-lua";

  private static final LanguageReference<LuaLanguage> REFERENCE =
      LanguageReference.create(LuaLanguage.class);

  public static LuaLanguage get(Node node) {
    return REFERENCE.get(node);
  }

  /** {@code --lua.HashWitnesses}: the same for every context of this language instance. */
  @com.oracle.truffle.api.CompilerDirectives.CompilationFinal public boolean hashWitnesses = true;

  /** {@code --lua.BlockVersioning}, {@code --lua.MaxBlockVersions} and the tracing/counting switches. */
  public boolean blockVersioning;
  public int maxBlockVersions = 4;
  public boolean traceBlockVersions;
  public boolean countTypeChecks;

  @Override
  protected LuaContext createContext(Env env) {
    hashWitnesses = env.getOptions().get(LuaOptions.HashWitnesses);
    blockVersioning = env.getOptions().get(LuaOptions.BlockVersioning);
    maxBlockVersions = env.getOptions().get(LuaOptions.MaxBlockVersions);
    traceBlockVersions = env.getOptions().get(LuaOptions.TraceBlockVersions);
    countTypeChecks = env.getOptions().get(LuaOptions.CountTypeChecks);
    org.lunacy.nodes.lbbv.LuaTypeChecks.enabled = countTypeChecks;
    return new LuaContext(this, env);
  }

  @Override
  protected void initializeContext(LuaContext context) {
    context.initialize();
  }

  /**
   * Closing the context is the end of lua.c's pmain, whose "return" event a hook still set sees,
   * then lua_close: pending {@code __gc} metamethods run (neither after os.exit, which is C's
   * exit() and never closes the state).
   */
  @Override
  protected void exitContext(LuaContext context, ExitMode exitMode, int exitCode) {
    if (exitMode == ExitMode.NATURAL) {
      org.lunacy.runtime.LuaHooks.hostReturned(context);
      org.lunacy.runtime.LuaWeakTables.finalizeAll(context);
      context.closeOpenFiles.run();
    }
  }

  @Override
  protected void finalizeContext(LuaContext context) {
    org.lunacy.runtime.LuaAutoCollector.uninstall(context);
    context.flush();
    if (countTypeChecks) {
      java.io.PrintStream err = new java.io.PrintStream(context.env.err(), true);
      err.println("[lua] dynamic type checks: " + org.lunacy.nodes.lbbv.LuaTypeChecks.total());
    }
  }

  @Override
  protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
    return singleThreaded;
  }

  @Override
  protected OptionDescriptors getOptionDescriptors() {
    return new LuaOptionsOptionDescriptors();
  }

  @Override
  protected boolean areOptionsCompatible(
      org.graalvm.options.OptionValues first, org.graalvm.options.OptionValues newOptions) {
    return first.equals(newOptions);
  }

  @Override
  protected CallTarget parse(ParsingRequest request) {
    Source source = request.getSource();
    String code = luaText(source);
    if (code.startsWith(BINARY_SIGNATURE)) {
      // a precompiled chunk given to the lua command (lua.c loads it as luaL_loadfile does)
      LuaFunction f =
          org.lunacy.builtins.string.LuaDump.undump(this, code, chunkName(source, code), null);
      return new LuaTopLevelRootNode(this, f.callTarget, f.upvalues.length).getCallTarget();
    }
    LuaFunctionRootNode chunk = parseChunk(source, code, chunkName(source, code));
    return new LuaTopLevelRootNode(this, chunk.getCallTarget(), 0).getCallTarget();
  }

  /**
   * The Lua chunk name of a source: names starting with {@code @} or {@code =} are Lua chunk
   * names already; a file gets {@code @path}; any other source is named by its text, as {@code
   * loadstring} does.
   */
  private static String chunkName(Source source, String code) {
    String name = source.getName();
    if (name != null && (name.startsWith("@") || name.startsWith("="))) {
      return name;
    }
    if (source.getPath() != null) {
      return "@" + name;
    }
    return code;
  }

  /**
   * The source text as Lua bytes, one char per byte. Sources whose chars are all below 256 and
   * that are named as Lua chunks ({@code @}, {@code =}) already are byte strings (the launcher
   * reads files that way); other text is encoded as UTF-8.
   */
  private static String luaText(Source source) {
    String text = source.getCharacters().toString();
    String name = source.getName();
    boolean bytes = name != null && (name.startsWith("@") || name.startsWith("="));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7f && (!bytes || c > 0xff)) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      }
    }
    return text;
  }

  /** The first byte of precompiled chunks (LUA_SIGNATURE starts with ESC). */
  private static final String BINARY_SIGNATURE = "\u001b";

  /**
   * Lunacy has no bytecode: a precompiled chunk is rejected with the message lundump.c gives for
   * a truncated or foreign one.
   */
  public static String binaryChunkError(String code, String chunkName) {
    String name;
    if (chunkName.startsWith("@") || chunkName.startsWith("=")) {
      name = chunkName.substring(1);
    } else {
      name = "binary string";
    }
    // lundump.c's LoadHeader: 12 bytes starting with "\033Lua" and version 0x51
    String header = "\u001bLua\u0051\u0000\u0001\u0004\u0008\u0004\u0008\u0000";
    String what;
    if (code.length() < header.length()) {
      what = "unexpected end";
    } else if (!code.startsWith(header)) {
      what = "bad header";
    } else {
      what = "unexpected end";
    }
    return name + ": " + what + " in precompiled chunk";
  }

  /** Parses Lua text (one char per byte) into the root of its main function. */
  @TruffleBoundary
  public LuaFunctionRootNode parseChunk(Source source, String code, String chunkName) {
    return parseChunk(source, code, chunkName, 1);
  }

  /**
   * {@code cCalls} is the nesting of builtin calls the parse starts at (PUC's parser shares
   * nCcalls with the C stack: "chunk has too many syntax levels" depends on it).
   */
  @TruffleBoundary
  public LuaFunctionRootNode parseChunk(
      Source source, String code, String chunkName, int cCalls) {
    if (code.startsWith(BINARY_SIGNATURE)) {
      throw new LuaError(binaryChunkError(code, chunkName));
    }
    String chunkId = LuaParser.chunkId(chunkName);
    LuaAst.FunctionBody ast;
    try {
      ast = LuaParser.parse(code, chunkName, cCalls);
    } catch (LuaSyntaxException e) {
      throw new LuaError(e.getMessage());
    }
    return new LuaTranslator(this, source, code, chunkName, chunkId).translateChunk(ast);
  }

  /**
   * Parses Lua text whose main chunk defines functions and returns the root of the last function
   * defined directly in it (how a dumped function is loaded back, see LuaDump).
   */
  @TruffleBoundary
  public LuaFunctionRootNode parseLastFunction(Source source, String code, String chunkName) {
    LuaAst.FunctionBody ast;
    try {
      ast = LuaParser.parse(code, chunkName, LuaContext.get(null).cCalls);
    } catch (LuaSyntaxException e) {
      throw new LuaError(e.getMessage());
    }
    LuaTranslator t = new LuaTranslator(this, source, code, chunkName, LuaParser.chunkId(chunkName));
    t.translateChunk(ast);
    return t.getLastTopLevel();
  }

  /**
   * {@code loadstring}/{@code load}/{@code loadfile}: compiles a chunk into a function whose
   * environment is {@code env}. Syntax errors are thrown as {@link LuaError}.
   */
  @TruffleBoundary
  public LuaFunction load(String code, String chunkName, LuaTable env) {
    if (code.startsWith(BINARY_SIGNATURE)) {
      return org.lunacy.builtins.string.LuaDump.undump(this, code, chunkName, env);
    }
    Source source =
        Source.newBuilder(ID, code, chunkName.length() > 200 ? chunkName.substring(0, 200) : chunkName)
            .mimeType(MIME_TYPE)
            .build();
    LuaFunctionRootNode root =
        parseChunk(source, code, chunkName, LuaContext.get(null).cCalls);
    return new LuaFunction(root.getCallTarget(), new LuaCell[0], env);
  }
}
