package org.lunacy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;

/**
 * A long string goes to standard output without a copy of its own size, and the operations that
 * build a long result (.., table.concat, string.format) allocate it once, at its exact length, as
 * lua5.1's buffers do: so a string of a gibibyte prints and concatenates where lua5.1's does. A
 * result longer than a Java string holds is a memory error.
 */
class LargeStringTest {
  private static final int MIB = 1024 * 1024;
  /** The long string: 64 MiB. */
  private static final int LENGTH = 64 * MIB;

  /** Bytes allocated by this thread (the Lua code runs on it) while {@code code} runs. */
  private static long allocated(Context context, String code) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    context.eval("lua", code);
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static void assertAllocates(Context context, String code, long least, long most) {
    long bytes = allocated(context, code);
    assertTrue(
        bytes >= least && bytes <= most,
        code + " allocated " + bytes / MIB + " MiB, expected " + least / MIB + " to " + most / MIB);
  }

  @Test
  void longStringsAreWrittenAndJoinedWithoutCopies() {
    long[] written = {0};
    OutputStream counter =
        new OutputStream() {
          @Override
          public void write(int b) {
            written[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            written[0] += len;
          }
        };
    try (Context context = Context.newBuilder("lua").out(counter).build()) {
      context.eval("lua", "s = string.rep('x', " + LENGTH + ")");
      // the same code once before it is measured: what a first run loads is not counted
      for (String code :
          new String[] {
            "print(s)", "io.write(s)", "t = s .. 'y'", "t = table.concat({s, 'y'}, '-')",
            "t = string.format('%s.', s)", "t = string.format('%s', s)", "t = tostring(s)"
          }) {
        allocated(context, code);
        context.eval("lua", "t = nil");
      }
      written[0] = 0;
      assertAllocates(context, "print(s)", 0, 4 * MIB);
      assertEquals(LENGTH + 1, written[0]);
      assertAllocates(context, "io.write(s)", 0, 4 * MIB);
      assertEquals(2L * LENGTH + 1, written[0]);
      String[][] joins = {
        {"t = s .. 'y'", "1"}, {"t = table.concat({s, 'y'}, '-')", "2"},
        {"t = string.format('%s.', s)", "1"}
      };
      for (String[] join : joins) {
        assertAllocates(context, join[0], LENGTH, LENGTH + 4 * MIB);
        assertEquals(
            LENGTH + Integer.parseInt(join[1]), context.eval("lua", "return #t").asInt(), join[0]);
        context.eval("lua", "t = nil");
      }
      assertAllocates(context, "t = string.format('%s', s)", 0, 4 * MIB);
      assertAllocates(context, "t = tostring(s)", 0, 4 * MIB);
      assertTrue(context.eval("lua", "return rawequal(t, s)").asBoolean());
    }
  }

  @Test
  void resultsLongerThanAJavaStringAreMemoryErrors() {
    try (Context context = Context.create("lua")) {
      // the length is checked before anything is allocated; the handler is not called
      assertEquals(
          "false\tnot enough memory\tfalse\tnot enough memory",
          context
              .eval(
                  "lua",
                  """
                  local a, b = pcall(string.rep, 'x', 2^31 - 1)
                  local c, d = xpcall(function() return ('xy'):rep(2^30) end, tostring)
                  return table.concat({tostring(a), b, tostring(c), d}, '\t')
                  """)
              .asString());
      PolyglotException e =
          assertThrows(PolyglotException.class, () -> context.eval("lua", "local s = ('xy'):rep(2^30)"));
      assertTrue(e.isGuestException());
      assertEquals("not enough memory", e.getMessage());
      // no traceback: the launcher reports the message alone, as lua.c does
      assertEquals("", e.getGuestObject().getMember("traceback").asString());
    }
  }
}
