package org.lunacy.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The observed result of running one {@link LuaTestCase} in a fresh context of a shared engine:
 * captured stdout and stderr (one char per byte), the uncaught exception if any, and whether the
 * time limit was hit.
 */
final class LuaRun {
  /** Stack size of the thread that runs a program: deep recursion must not overflow Java first. */
  static final long STACK_SIZE = 1L << 30;

  /** How long a cancelled program gets to stop before the harness moves on without it. */
  static final long CANCEL_SECONDS = 10;

  final String stdout;
  final String stderr;

  /** A PolyglotException from eval, or another Throwable from the harness; null if none. */
  final Throwable error;

  final boolean timedOut;

  private LuaRun(String stdout, String stderr, Throwable error, boolean timedOut) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.error = error;
    this.timedOut = timedOut;
  }

  static LuaRun execute(Engine engine, LuaTestCase test, long timeoutSeconds) throws Exception {
    String code = test.source();
    byte[] stdin = test.stdinBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicReference<Context> contextRef = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();

    Runnable body =
        () -> {
          try (Context context =
              Context.newBuilder(LuaConformanceTest.LANGUAGE)
                  .allowExperimentalOptions(true)
                  .options(LuaConformanceTest.languageOptions())
                  .engine(engine)
                  .allowAllAccess(true)
                  .out(out)
                  .err(err)
                  .in(new ByteArrayInputStream(stdin))
                  .currentWorkingDirectory(test.directory())
                  .build()) {
            contextRef.set(context);
            // "@" marks a file chunk: messages say "<name>.lua:3:" as `lua5.1 <name>.lua` does.
            Source source =
                Source.newBuilder(LuaConformanceTest.LANGUAGE, code, "@" + test.name() + ".lua")
                    .build();
            context.eval(source);
          } catch (Throwable t) {
            failure.set(t);
          }
        };
    Thread thread = new Thread(null, body, "lua-" + test.id(), STACK_SIZE);
    thread.setDaemon(true);
    thread.start();
    thread.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
    boolean timedOut = thread.isAlive();
    if (timedOut) {
      cancel(contextRef.get());
      thread.join(TimeUnit.SECONDS.toMillis(CANCEL_SECONDS));
    }
    return new LuaRun(
        out.toString(StandardCharsets.ISO_8859_1),
        err.toString(StandardCharsets.ISO_8859_1),
        failure.get(),
        timedOut);
  }

  /**
   * Cancels a program that ran out of time. {@code Context.close(true)} waits for the executing
   * thread to leave, which never happens if that thread is stuck outside guest code, so it runs on
   * its own daemon thread and is given {@link #CANCEL_SECONDS}; the program's thread is a daemon as
   * well and cannot keep the JVM alive.
   */
  static void cancel(Context context) throws InterruptedException {
    if (context == null) {
      return;
    }
    Thread closer =
        new Thread(
            () -> {
              try {
                context.close(true);
              } catch (Throwable ignored) {
                // Cancelling is best effort: a stuck program is reported as timed out anyway.
              }
            },
            "lua-cancel");
    closer.setDaemon(true);
    closer.start();
    closer.join(TimeUnit.SECONDS.toMillis(CANCEL_SECONDS));
  }

  /**
   * Compares this run with the expectations of {@code test}; returns null if it conforms, otherwise
   * a description of the first difference.
   */
  String mismatch(LuaTestCase test) throws Exception {
    if (timedOut) {
      return "timed out";
    }
    String expectedError = test.expectedErrorMessage();
    StringBuilder problems = new StringBuilder();
    if (error != null && !(error instanceof PolyglotException)) {
      problems.append("harness failure: ").append(describe(error)).append('\n');
    } else if (error instanceof PolyglotException pe && pe.isInternalError()) {
      problems.append("internal error: ").append(describe(pe)).append('\n');
    } else if (expectedError == null && error != null) {
      problems.append("unexpected uncaught error: ").append(describe(error)).append('\n');
    } else if (expectedError != null && error == null) {
      problems.append("expected uncaught error '").append(expectedError).append("', got none\n");
    } else if (expectedError != null) {
      PolyglotException pe = (PolyglotException) error;
      if (pe.isExit()) {
        problems.append("expected uncaught error '").append(expectedError);
        problems.append("', got exit ").append(pe.getExitStatus()).append('\n');
      } else if (!expectedError.equals(pe.getMessage())) {
        problems.append("uncaught error differs\n  expected: ").append(expectedError);
        problems.append("\n  actual:   ").append(pe.getMessage()).append('\n');
      }
    }
    String expectedOut = test.expectedStdout();
    if (!expectedOut.equals(stdout)) {
      problems.append(firstDifference(expectedOut, stdout));
    }
    return problems.length() == 0 ? null : problems.toString();
  }

  private static String describe(Throwable t) {
    String text = t.getClass().getName() + ": " + t.getMessage();
    if (t instanceof PolyglotException pe && !pe.isInternalError()) {
      return pe.getMessage();
    }
    StringBuilder sb = new StringBuilder(text);
    StackTraceElement[] trace = t.getStackTrace();
    for (int i = 0; i < Math.min(trace.length, 12); i++) {
      sb.append("\n    at ").append(trace[i]);
    }
    return sb.toString();
  }

  /** The first differing stdout line, with its number, shown with Java escapes. */
  static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int n = Math.min(e.length, a.length);
    int line = 0;
    while (line < n && e[line].equals(a[line])) {
      line++;
    }
    String exp = line < e.length ? escape(e[line]) : "<end of output>";
    String act = line < a.length ? escape(a[line]) : "<end of output>";
    return "stdout differs at line "
        + (line + 1)
        + "\n  expected: "
        + exp
        + "\n  actual:   "
        + act
        + "\n";
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        sb.append("\\\\");
      } else if (c >= 0x20 && c < 0x7f) {
        sb.append(c);
      } else {
        sb.append(String.format("\\x%02x", (int) c));
      }
    }
    return sb.toString();
  }
}
