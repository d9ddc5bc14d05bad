package org.lunacy.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.lunacy.launcher.LunacySession.ExitException;
import org.lunacy.launcher.LunacySession.LoadException;

/**
 * lua.c's interactive loop ({@code dotty}, {@code loadline}, {@code pushline}, {@code incomplete},
 * {@code get_prompt}): each line is a chunk named "=stdin"; a line starting with '=' is {@code
 * return} of the rest; while the chunk's syntax error ends at {@code '<eof>'} more lines are read
 * (prompt "&gt;&gt; "); the results are printed with the global {@code print}.
 */
final class Repl {
  private final LunacySession session;
  private final LuaHelpers helpers;
  private final InputStream in;
  private final OutputStream out;
  private final boolean stdinIsTty;

  Repl(
      LunacySession session,
      LuaHelpers helpers,
      InputStream in,
      OutputStream out,
      boolean stdinIsTty) {
    this.session = session;
    this.helpers = helpers;
    this.in = in;
    this.out = out;
    this.stdinIsTty = stdinIsTty;
  }

  /** {@code dotty}: reads, runs and prints lines until end of input. */
  void run() {
    helpers.interrupts().enable();
    LineInput input = new LineInput(in, out, session::flushOut, stdinIsTty);
    while (true) {
      Value function;
      try {
        function = loadline(input);
      } catch (LoadException e) {
        session.report(e.getMessage());
        continue;
      }
      if (function == null) {
        break;
      }
      Value[] results = new Value[1];
      if (session.protectedCall(() -> results[0] = helpers.callPacked(function)) != 0) {
        continue;
      }
      try {
        helpers.printResults(results[0]);
      } catch (PolyglotException e) {
        if (e.isExit()) {
          throw new ExitException(e.getExitStatus());
        }
        session.message("error calling 'print' (" + Traceback.messageOf(e) + ")");
      }
    }
    session.flushOut();
    Messages.write(out, "\n");
  }

  /**
   * {@code loadline}: reads a line ("=expr" becomes "return expr") and keeps adding lines while the
   * chunk is incomplete (its syntax error ends at {@code '<eof>'}). Returns null at end of input.
   */
  private Value loadline(LineInput input) throws LoadException {
    String line = input.readLine(prompt(true));
    if (line == null) {
      return null;
    }
    String code = line.startsWith("=") ? "return " + line.substring(1) : line;
    while (true) {
      Value compiled;
      try {
        compiled = helpers.compile(code, "=stdin");
      } catch (PolyglotException e) {
        session.report(e);
        throw new LoadException(null);
      }
      if (!compiled.isString()) {
        input.saveLine(code);
        return compiled;
      }
      String message = compiled.asString();
      if (!incomplete(message)) {
        input.saveLine(code);
        throw new LoadException(message);
      }
      String more = input.readLine(prompt(false));
      if (more == null) {
        return null;
      }
      code = code + "\n" + more;
    }
  }

  /** {@code incomplete}: the first {@code '<eof>'} in the message is at its very end. */
  static boolean incomplete(String message) {
    String eof = "'<eof>'";
    int at = message.indexOf(eof);
    return at >= 0 && at == message.length() - eof.length();
  }

  /** {@code get_prompt}: _PROMPT/_PROMPT2 when they are strings or numbers. */
  private String prompt(boolean first) {
    String fallback = first ? "> " : ">> ";
    try {
      String p = helpers.prompt(first);
      return p != null ? p : fallback;
    } catch (PolyglotException e) {
      if (e.isExit()) {
        throw new ExitException(e.getExitStatus());
      }
      return fallback;
    } catch (RuntimeException e) {
      return fallback; // a prompt is never worth failing for
    }
  }
}
