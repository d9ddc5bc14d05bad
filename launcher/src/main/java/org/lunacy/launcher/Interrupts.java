package org.lunacy.launcher;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;

/**
 * lua.c's {@code laction} for the interactive loop: while a line runs, Ctrl-C (SIGINT) interrupts
 * it with an error, so a runaway line does not end the session. As in lua.c's {@code docall}, the
 * handler is set just before the code runs and the previous one (the JVM's, or the line editor's)
 * is put back after it. Scripts keep the JVM's SIGINT handling.
 *
 * <p>{@code sun.misc.Signal} (module jdk.unsupported) is reached by reflection: it is the only way
 * to catch a signal without native code, and javac warns about every direct use of it.
 */
final class Interrupts {
  private final Context context;
  private volatile boolean running;
  private boolean enabled;
  private Object signal;
  private Object handler;
  private Method handle;

  Interrupts(Context context) {
    this.context = context;
  }

  /** From now on, Ctrl-C interrupts the code run by {@link #run}. */
  void enable() {
    if (enabled) {
      return;
    }
    enabled = true;
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
      signal = signalClass.getConstructor(String.class).newInstance("INT");
      handle = signalClass.getMethod("handle", signalClass, handlerClass);
      handler =
          Proxy.newProxyInstance(
              handlerClass.getClassLoader(),
              new Class<?>[] {handlerClass},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "handle" -> {
                      interrupt();
                      yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "lunacy SIGINT handler";
                  });
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      signal = null; // no sun.misc.Signal: keep the JVM's way
    }
  }

  /** Runs Lua code; a Ctrl-C meanwhile interrupts it (a PolyglotException, isInterrupted). */
  <T> T run(Supplier<T> body) {
    if (running) {
      return body.get();
    }
    Object previous = install(handler);
    running = true;
    try {
      return body.get();
    } finally {
      running = false;
      if (previous != null) {
        install(previous);
      }
    }
  }

  /** Sets a SIGINT handler; returns the one it replaces, or null if none could be set. */
  private Object install(Object newHandler) {
    if (signal == null || newHandler == null) {
      return null;
    }
    try {
      return handle.invoke(null, signal, newHandler);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // SIGINT is reserved (-Xrs)
    }
  }

  private void interrupt() {
    if (!running) {
      return;
    }
    try {
      context.interrupt(Duration.ofSeconds(10));
    } catch (TimeoutException | RuntimeException e) {
      // the code did not reach a safepoint in time, or the context is gone
    }
  }
}
