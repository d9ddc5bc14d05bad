package org.lunacy.launcher;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * lua.c's {@code lua_readline} as the lua5.1 of Debian has it (GNU readline): the prompt goes to
 * standard output and, when standard input is not a terminal, the line read is echoed after it.
 * On a terminal the JDK's console reads the line (with line editing when the JVM runs with {@code
 * -Djdk.console=jdk.internal.le}). Lines are read byte by byte from the same {@code System.in} that
 * Lua's {@code io.read} uses, so nothing is read ahead of the line.
 */
final class LineInput {
  private final InputStream in;
  private final OutputStream out;
  private final boolean stdinIsTty;
  private final Console console;
  private final Runnable flush;

  /** {@code flush} empties every buffer in front of {@code out} (Lua's own included). */
  LineInput(InputStream in, OutputStream out, Runnable flush, boolean stdinIsTty) {
    this.in = in;
    this.out = out;
    this.flush = flush;
    this.stdinIsTty = stdinIsTty;
    Console c = stdinIsTty ? System.console() : null;
    this.console = c != null && c.isTerminal() ? c : null;
  }

  /** Shows the prompt and reads a line without its newline, as a Lua string; null at the end. */
  String readLine(String prompt) {
    flush.run();
    if (console != null) {
      try {
        String line = console.readLine("%s", Messages.fromLua(prompt));
        return line == null ? null : Messages.toLua(line);
      } catch (IOError e) {
        return null;
      } catch (RuntimeException e) {
        if (e.getClass().getSimpleName().equals("UserInterruptException")) {
          // Ctrl-C at the prompt: with readline, lua.c dies of SIGINT
          throw new LunacySession.ExitException(130);
        }
        throw e;
      }
    }
    Messages.write(out, prompt);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    try {
      while ((c = in.read()) >= 0 && c != '\n') {
        line.write(c);
      }
    } catch (IOException e) {
      c = -1;
    }
    if (c < 0 && line.size() == 0) {
      return null;
    }
    String text = Messages.bytesToLua(line.toByteArray(), 0, line.size());
    if (!stdinIsTty) {
      Messages.write(out, text + "\n");
    }
    return text;
  }

  /** {@code lua_saveline}: the console keeps its own history of the lines typed. */
  void saveLine(String code) {
    // nothing to do: history is the console's
  }
}
