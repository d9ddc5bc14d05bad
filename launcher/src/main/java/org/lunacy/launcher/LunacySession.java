package org.lunacy.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One run of the command: lua.c's {@code pmain} with {@code handle_luainit}, {@code collectargs},
 * {@code runargs}, {@code handle_script}, {@code dotty} and their {@code docall}/{@code report}.
 */
final class LunacySession {
  static final String LANGUAGE = "lua";


  private final CommandLine commandLine;
  private final String[] argv;
  private final InputStream in;
  private final OutputStream out;
  private final OutputStream err;
  private final boolean stdinIsTty;
  private final boolean stdoutIsTty;
  private Context context;
  private LuaHelpers helpers;
  /** lua.c's {@code progname}: null inside the interactive loop. */
  private String progname = LunacyMain.PROGNAME;
  /** A {@code --name} that is no polyglot option: lua.c's usage error, after LUA_INIT. */
  private boolean badOption;
  /** Set once the context is closed or exited. */
  private boolean closed;

  /** os.exit, on its way out of every lua.c function. */
  static final class ExitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    ExitException(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** A chunk that could not be loaded (luaL_loadfile/luaL_loadbuffer failed): its message. */
  static final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;

    LoadException(String message) {
      super(message, null, false, false);
    }
  }

  LunacySession(CommandLine commandLine, InputStream in, OutputStream out, OutputStream err) {
    this.commandLine = commandLine;
    this.argv = commandLine.argv;
    this.in = in;
    this.out = out;
    this.err = err;
    String tty = System.getProperty("lunacy.stdin.tty");
    this.stdinIsTty =
        tty != null
            ? Boolean.parseBoolean(tty)
            : System.console() != null && System.console().isTerminal();
    String outTty = System.getProperty("lunacy.stdout.tty");
    this.stdoutIsTty =
        outTty != null
            ? Boolean.parseBoolean(outTty)
            : System.console() != null && System.console().isTerminal();
  }

  /** {@code main}: runs everything and returns the exit status. */
  int main() {
    if (commandLine.help != null) {
      Help.printHelp(out, commandLine);
      return 0;
    }
    if (commandLine.version) {
      Help.printVersionDetails(out, commandLine);
      return 0;
    }
    try {
      context = buildContext();
    } catch (IllegalArgumentException e) {
      beforeStderr();
      String message = String.valueOf(e.getMessage());
      Messages.message(err, LunacyMain.PROGNAME, Messages.toLua(message));
      return 1;
    }
    helpers = new LuaHelpers(context);
    Interrupts interrupts = new Interrupts(context);
    helpers.setInterrupts(interrupts);
    int status;
    try {
      status = pmain();
    } catch (ExitException e) {
      status = e.status;
    } catch (RuntimeException | Error e) {
      closed = true;
      try {
        context.close();
      } catch (PolyglotException | IllegalStateException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    closed = true;
    try {
      // lua_close: the language runs pending __gc metamethods and flushes its standard output
      context.close();
    } catch (PolyglotException e) {
      if (e.isExit()) {
        status = e.getExitStatus(); // os.exit in a __gc metamethod
      }
    } catch (IllegalStateException e) {
      // already closed by os.exit: nothing more to run
    }
    flushOut();
    return status;
  }

  private Context buildContext() {
    Map<String, String> options = new LinkedHashMap<>(commandLine.polyglotOptions);
    // one C stdout: line buffered on a terminal, else flushed when its buffer fills; and before
    // the launcher writes (prompts, and messages on a terminal) and at exit, not after each -e,
    // -l or script chunk
    options.putIfAbsent("lua.FlushEachEvaluation", "false");
    if (stdoutIsTty) {
      options.putIfAbsent("lua.LineBufferedStdout", "true");
    }
    try {
      return newContext(options);
    } catch (IllegalArgumentException e) {
      // "--x" that is no polyglot option: lua.c's usage error (reported after LUA_INIT ran)
      if (options.keySet().removeIf(key -> key.indexOf('.') < 0)) {
        Context c = newContext(options);
        badOption = true;
        return c;
      }
      throw e;
    }
  }

  private Context newContext(Map<String, String> options) {
    return Context.newBuilder()
        .in(in)
        .out(out)
        .err(err)
        .allowAllAccess(true)
        // experimental options need no --experimental-options here: the benchmarks and the
        // docs use --engine.Compilation=false, experimental in this GraalVM
        .allowExperimentalOptions(true)
        .options(options)
        .arguments(LANGUAGE, argv)
        .build();
  }

  // ------------------------------------------------------------------ pmain

  private int pmain() {
    if (handleLuaInit() != 0) {
      return 1;
    }
    Args args = collectArgs();
    if (args.script < 0) {
      beforeStderr();
      Help.printUsage(err);
      return 1;
    }
    if (args.hasV) {
      printVersion();
    }
    if (runArgs(args.script > 0 ? args.script : argv.length) != 0) {
      return 1;
    }
    if (args.script > 0 && handleScript(args.script) != 0) {
      return 1;
    }
    if (args.hasI) {
      dotty();
    } else if (args.script == 0 && !args.hasE && !args.hasV) {
      if (stdinIsTty) {
        printVersion();
        dotty();
      } else {
        dofile(null); // lua.c ignores this status
      }
    }
    return 0;
  }

  /** {@code dotty}, with lua.c's {@code progname} null meanwhile (messages without "lunacy: "). */
  private void dotty() {
    String oldProgname = progname;
    progname = null;
    try {
      new Repl(this, helpers, in, out, stdinIsTty).run();
    } finally {
      progname = oldProgname;
    }
  }

  private void printVersion() {
    beforeStderr();
    Messages.message(err, null, Help.banner());
  }

  /** lua.c's {@code collectargs} result: the script's index (0: none, -1: bad usage). */
  record Args(int script, boolean hasI, boolean hasV, boolean hasE) {}

  /** {@code collectargs}, with lua.c's fall-throughs (-i implies -v; -e is an -l with a value). */
  Args collectArgs() {
    return badOption ? new Args(-1, false, false, false) : collectArgs(argv);
  }

  static Args collectArgs(String[] argv) {
    boolean hasI = false;
    boolean hasV = false;
    boolean hasE = false;
    for (int i = 1; i < argv.length; i++) {
      String a = argv[i];
      if (a.isEmpty() || a.charAt(0) != '-') {
        return new Args(i, hasI, hasV, hasE);
      }
      char option = a.length() > 1 ? a.charAt(1) : '\0';
      boolean tail = a.length() > 2;
      switch (option) {
        case '-':
          if (tail) {
            return new Args(-1, hasI, hasV, hasE);
          }
          return new Args(i + 1 < argv.length ? i + 1 : 0, hasI, hasV, hasE);
        case '\0':
          return new Args(i, hasI, hasV, hasE);
        case 'i':
          if (tail) {
            return new Args(-1, hasI, hasV, hasE);
          }
          hasI = true;
          hasV = true;
          break;
        case 'v':
          if (tail) {
            return new Args(-1, hasI, hasV, hasE);
          }
          hasV = true;
          break;
        case 'e':
        case 'l':
          hasE |= option == 'e';
          if (!tail) {
            i++;
            if (i >= argv.length) {
              return new Args(-1, hasI, hasV, hasE);
            }
          }
          break;
        default:
          return new Args(-1, hasI, hasV, hasE);
      }
    }
    return new Args(0, hasI, hasV, hasE);
  }

  /** {@code handle_luainit}: LUA_INIT is a chunk, or {@code @file}. */
  private int handleLuaInit() {
    String init = System.getenv("LUA_INIT");
    if (init == null) {
      return 0;
    }
    init = Messages.toLua(init);
    if (init.startsWith("@")) {
      return dofile(init.substring(1));
    }
    return dostring(init, "=LUA_INIT");
  }

  /** {@code runargs}: the -e and -l options before the script, in order. */
  private int runArgs(int n) {
    for (int i = 1; i < n; i++) {
      String a = argv[i];
      char option = a.length() > 1 ? a.charAt(1) : '\0';
      if (option == 'e' || option == 'l') {
        String value = a.substring(2);
        if (value.isEmpty()) {
          value = argv[++i];
        }
        int status = option == 'e' ? dostring(value, "=(command line)") : dolibrary(value);
        if (status != 0) {
          return 1;
        }
      }
    }
    return 0;
  }

  /** {@code handle_script}: sets {@code arg}, loads the script and calls it with its arguments. */
  private int handleScript(int n) {
    Object[] scriptArgs = new Object[argv.length - (n + 1)];
    System.arraycopy(argv, n + 1, scriptArgs, 0, scriptArgs.length);
    try {
      helpers.setArgTable(argv, n);
    } catch (PolyglotException e) {
      return report(e);
    }
    String fname = argv[n];
    if (fname.equals("-") && !argv[n - 1].equals("--")) {
      fname = null; // stdin
    }
    Value chunk;
    try {
      chunk = loadfile(fname);
    } catch (LoadException e) {
      return report(e.getMessage());
    }
    return docall(chunk, scriptArgs);
  }

  /** {@code dofile}: {@code name} null means standard input. */
  private int dofile(String name) {
    Value chunk;
    try {
      chunk = loadfile(name);
    } catch (LoadException e) {
      return report(e.getMessage());
    }
    return docall(chunk);
  }

  /** {@code dostring}: a chunk from the command line or LUA_INIT. */
  private int dostring(String code, String chunkName) {
    Value chunk;
    try {
      chunk = load(code, chunkName, null);
    } catch (LoadException e) {
      return report(e.getMessage());
    }
    return docall(chunk);
  }

  /** {@code dolibrary}: {@code require(name)}. */
  private int dolibrary(String name) {
    return protectedCall(() -> helpers.require(name));
  }

  // ------------------------------------------------------------------ loading

  /**
   * {@code luaL_loadfile}: reads the file's bytes (or all of standard input), blanks a first line
   * starting with '#' (keeping the line count; a precompiled chunk after it is taken whole) and
   * compiles it as chunk "@name" ("=stdin").
   */
  private Value loadfile(String name) throws LoadException {
    byte[] bytes;
    Path path = null;
    if (name == null) {
      try {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new LoadException("cannot read stdin: " + reason(e));
      }
    } else {
      try {
        if (name.isEmpty()) {
          throw new NoSuchFileException(name);
        }
        path = Path.of(Messages.fromLua(name));
        bytes = Files.readAllBytes(path);
      } catch (InvalidPathException | NoSuchFileException e) {
        throw new LoadException("cannot open " + name + ": No such file or directory");
      } catch (AccessDeniedException e) {
        throw new LoadException("cannot open " + name + ": Permission denied");
      } catch (IOException e) {
        String what = path != null && Files.isDirectory(path) ? "read" : "open";
        throw new LoadException("cannot " + what + " " + name + ": " + reason(e));
      }
    }
    int start = 0;
    String prefix = "";
    if (bytes.length > 0 && bytes[0] == '#') {
      prefix = "\n"; // the first line is skipped, its newline kept
      while (start < bytes.length && bytes[start] != '\n') {
        start++;
      }
      start = Math.min(start + 1, bytes.length);
      if (name != null && start < bytes.length && bytes[start] == '\033') {
        // a precompiled chunk after the line: read from the file's first ESC on
        prefix = "";
        start = 0;
        while (bytes[start] != '\033') {
          start++;
        }
      }
    }
    String code = prefix + Messages.bytesToLua(bytes, start, bytes.length - start);
    return load(code, name == null ? "=stdin" : "@" + name, path);
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /** {@code luaL_loadbuffer}: compiles Lua text (one char per byte) under a Lua chunk name. */
  private Value load(String code, String chunkName, Path path) throws LoadException {
    Source.Builder builder = Source.newBuilder(LANGUAGE, code, chunkName);
    if (path != null) {
      try {
        builder.uri(path.toAbsolutePath().toUri());
      } catch (RuntimeException e) {
        // no URI for tools, that is all
      }
    }
    Source source = builder.buildLiteral();
    try {
      return context.parse(source);
    } catch (PolyglotException e) {
      if (Traceback.isMemoryError(e)) {
        throw new LoadException(Traceback.MEMORY_MESSAGE);
      }
      if (e.isExit() || e.isInternalError() || e.isCancelled()) {
        report(e);
        throw new LoadException(null);
      }
      throw new LoadException(Traceback.messageOf(e));
    }
  }

  // ------------------------------------------------------------------ calls and errors

  /** {@code docall}: calls a function and reports its error with a traceback; returns 0 or 1. */
  private int docall(Value function, Object... args) {
    return protectedCall(() -> helpers.call(function, args));
  }

  /**
   * Runs a call from lua.c's {@code docall}: 0 when it returns, else its error is reported and 1
   * returned. As in lua.c, a failure forces a full collection before the report, so the {@code
   * __gc} of what the failed call left unreachable runs first (and may end the program with {@code
   * os.exit}). The report's text is taken first: the error's stack frames would keep the failed
   * call's locals alive.
   */
  int protectedCall(Runnable call) {
    String failure;
    try {
      call.run();
      return 0;
    } catch (PolyglotException e) {
      if (e.isExit() || e.isCancelled() || e.isInternalError()) {
        return report(e);
      }
      failure = Traceback.errorText(e, helpers::isHelperSource);
      e = null; // nothing may keep the error, and its frames, reachable during the collection
    }
    try {
      helpers.collectGarbage();
    } catch (PolyglotException e) {
      if (e.isExit()) {
        return report(e);
      }
    }
    return report(failure);
  }

  /** Writes a message as lua.c's {@code l_message(progname, msg)} does. */
  void message(String msg) {
    beforeStderr();
    Messages.message(err, progname, msg);
  }

  /**
   * {@code report} for a message already formed: a load error (no traceback), or the text of an
   * error raised while running with its traceback. A null message was reported already.
   */
  int report(String message) {
    if (message != null) {
      beforeStderr();
      Messages.message(err, progname, message);
    }
    return 1;
  }

  /** {@code report} for an error raised while running: message and traceback, or exit. */
  int report(PolyglotException e) {
    if (e.isExit()) {
      throw new ExitException(e.getExitStatus());
    }
    beforeStderr();
    if (e.isInternalError() && !Traceback.isMemoryError(e)) {
      Messages.message(err, progname, "internal error: " + Messages.toLua(String.valueOf(e)));
      e.printStackTrace();
      return 1;
    }
    String text = Traceback.errorText(e, helpers::isHelperSource);
    if (text != null) {
      Messages.message(err, progname, text);
    }
    return 1;
  }







  /**
   * Before the launcher writes to standard error: C's stdout is line buffered on a terminal, so
   * what was printed shows first; into a pipe or file it is fully buffered, so it does not.
   */
  void beforeStderr() {
    if (stdoutIsTty) {
      flushOut();
    }
  }

  /** Flushes Lua's buffered standard output, then the launcher's. */
  void flushOut() {
    if (helpers != null && !closed) {
      try {
        helpers.flushOutput();
      } catch (RuntimeException e) {
        // closed by os.exit, or output failed: nothing more to flush
      }
    }
    LunacyMain.flushQuietly(out);
  }
}
