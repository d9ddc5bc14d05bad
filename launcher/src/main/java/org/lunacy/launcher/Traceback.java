package org.lunacy.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * What lua.c prints for a Lua error: the message ({@code report}) and the "stack traceback:" that
 * its {@code traceback} gets from {@code debug.traceback}. A Lua error that leaves the top level
 * carries that text (the exception's member {@code traceback}, made by the language from the
 * levels the error unwound, with names from the call sites as Lua gives them). For other errors it
 * is rebuilt from the guest frames of a {@link PolyglotException}: {@code file.lua:3: in function
 * 'f'}, {@code in main chunk}, {@code [C]: in function 'error'} for builtins, {@code [C]: ?} for
 * lua.c itself, with functions named as they were declared.
 */
final class Traceback {
  /** db_errorfb's LEVELS1/LEVELS2, as seen from lua.c (which starts two levels up). */
  private static final int FIRST = 10;

  private static final int LAST = 10;

  private Traceback() {}

  /**
   * The text lua.c reports for an error: a string (or number) error gets the traceback appended,
   * any other value is "(error object is not a string)", and nil prints nothing (null). When the
   * message handler did something else (no {@code debug.traceback}, or the program's own), the
   * error's member {@code report} holds the text, or nil for nothing. A memory
   * error ({@link #isMemoryError}) is "not enough memory" alone, since lua.c's message handler
   * does not run for it.
   */
  static String errorText(PolyglotException e, Predicate<String> hiddenSource) {
    if (isMemoryError(e)) {
      return MEMORY_MESSAGE;
    }
    String message = messageOf(e);
    if (e.isGuestException() && !e.isInterrupted() && !e.isCancelled()) {
      Value report = member(e, "report");
      if (report != null) {
        return report.isString() ? report.asString() : null;
      }
      String type = errorValueType(e);
      if ("nil".equals(type)) {
        return null;
      }
      if (type != null && !type.equals("string") && !type.equals("number")) {
        return "(error object is not a string)";
      }
    }
    return message + "\n" + traceback(e, hiddenSource);
  }

  /** lua5.1's MEMERRMSG. */
  static final String MEMORY_MESSAGE = "not enough memory";

  /**
   * Whether {@code e} is a memory error (LUA_ERRMEM): a Lua error with an empty traceback (the
   * language's mark for one), or the JVM's heap exhausted where the language did not catch it
   * (while compiling a chunk, say). Stack overflows are Lua errors by the time they get here.
   */
  static boolean isMemoryError(PolyglotException e) {
    if (e.isResourceExhausted()) {
      String message = e.getMessage();
      return message != null && !message.toLowerCase(java.util.Locale.ROOT).contains("stack");
    }
    if (e.isGuestException()) {
      try {
        Value guest = e.getGuestObject();
        if (guest != null && guest.hasMember("traceback")) {
          Value t = guest.getMember("traceback");
          return t != null && t.isString() && t.asString().isEmpty();
        }
      } catch (RuntimeException ignored) {
        // not a Lua error
      }
    }
    return false;
  }

  /** A member of the guest error object, or null when it has none. */
  private static Value member(PolyglotException e, String name) {
    try {
      Value guest = e.getGuestObject();
      if (guest != null && guest.hasMember(name)) {
        return guest.getMember(name);
      }
    } catch (RuntimeException ignored) {
      // not a Lua error value
    }
    return null;
  }

  /** The Lua type of the error value (the guest exception's member {@code type}); null if none. */
  static String errorValueType(PolyglotException e) {
    try {
      Value guest = e.getGuestObject();
      if (guest != null && guest.hasMember("type")) {
        Value t = guest.getMember("type");
        return t != null && t.isString() ? t.asString() : null;
      }
    } catch (RuntimeException ignored) {
      // not a Lua error value
    }
    return null;
  }

  /** The error message as a Lua string ("interrupted!" for Ctrl-C). */
  static String messageOf(PolyglotException e) {
    if (e.isInterrupted() || e.isCancelled()) {
      return "interrupted!";
    }
    String message = e.getMessage();
    if (message == null) {
      return "(error object is not a string)";
    }
    return e.isGuestException() ? message : Messages.toLua(message);
  }

  /**
   * The language's own traceback when its exception object offers one (a readable member {@code
   * traceback}, text starting with "stack traceback:"), else one rebuilt from the polyglot stack.
   */
  static String traceback(PolyglotException e, Predicate<String> hiddenSource) {
    try {
      Value guest = e.getGuestObject();
      if (guest != null && guest.hasMember("traceback")) {
        Value t = guest.getMember("traceback");
        if (t != null && t.isString() && t.asString().startsWith("stack traceback:")) {
          return t.asString();
        }
      }
    } catch (RuntimeException ignored) {
      // no usable traceback member: rebuild it
    }
    return format(e, hiddenSource);
  }

  static String format(PolyglotException e, Predicate<String> hiddenSource) {
    List<PolyglotException.StackFrame> frames = new ArrayList<>();
    for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
      if (frame.isGuestFrame()) {
        frames.add(frame);
      }
    }
    // A call that failed as it began (stack overflow) leaves the callee on top without a
    // position; Lua reports the error in the caller, so that level is not shown.
    if (frames.size() > 1
        && frames.get(0).getSourceLocation() == null
        && frames.get(1).getSourceLocation() != null
        && frames.get(0).getRootName() != null
        && frames.get(0).getRootName().equals(frames.get(1).getRootName())) {
      frames.remove(0);
    }
    List<String> levels = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      // Lua names a C function only when Lua code called it (getfuncname)
      boolean calledFromLua = i + 1 < frames.size() && isLua(frames.get(i + 1), hiddenSource);
      String level = level(frames.get(i), calledFromLua, hiddenSource);
      if (level != null) {
        levels.add(level);
      }
    }
    levels.add("[C]: ?");
    StringBuilder sb = new StringBuilder("stack traceback:");
    int n = levels.size();
    for (int i = 0; i < n; i++) {
      if (n >= FIRST + LAST + 2 && i == FIRST) {
        sb.append("\n\t...");
        i = n - LAST - 1;
        continue;
      }
      sb.append("\n\t").append(levels.get(i));
    }
    return sb.toString();
  }

  private static boolean isLua(PolyglotException.StackFrame frame, Predicate<String> hiddenSource) {
    SourceSection location = frame.getSourceLocation();
    return location != null
        && location.getSource() != null
        && !hiddenSource.test(location.getSource().getName());
  }

  private static String level(
      PolyglotException.StackFrame frame, boolean calledFromLua, Predicate<String> hiddenSource) {
    String name = frame.getRootName();
    SourceSection location = frame.getSourceLocation();
    if (location == null || location.getSource() == null) {
      boolean named = calledFromLua && hasName(name);
      return "[C]: " + (named ? "in function '" + shortName(name) + "'" : "?");
    }
    String sourceName = location.getSource().getName();
    if (sourceName == null || hiddenSource.test(sourceName)) {
      return null;
    }
    StringBuilder sb = new StringBuilder(Messages.chunkId(sourceName)).append(':');
    int line = location.isAvailable() ? location.getStartLine() : 0;
    if (line > 0) {
      sb.append(line).append(':');
    }
    if ("main chunk".equals(name)) {
      sb.append(" in main chunk");
    } else if (hasName(name)) {
      sb.append(" in function '").append(shortName(name)).append('\'');
    } else {
      sb.append(" ?");
    }
    return sb.toString();
  }

  private static boolean hasName(String name) {
    return name != null
        && !name.isEmpty()
        && !name.equals("anonymous")
        && !name.equals("main chunk")
        && !name.startsWith("<");
  }

  /** "a.b:c" declared -> "c", the name Lua 5.1 shows for a field or method. */
  private static String shortName(String name) {
    int cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf(':'));
    return cut >= 0 && cut < name.length() - 1 ? name.substring(cut + 1) : name;
  }
}
