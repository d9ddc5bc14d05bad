package org.lunacy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/**
 * Suspended coroutines are plain data: 100k of them, each suspended three Lua calls deep, fit in
 * a fraction of a 1 GiB heap, and hold no thread; once unreachable they are collected.
 */
class CoroutineMemoryTest {
  private static final int COUNT = 100_000;
  private static final long MIB = 1024 * 1024;

  private static final String PROGRAM =
      """
      local yield = coroutine.yield
      local function leaf(a, b) local c = a + b; local d = yield(c); return c + d end
      local function middle(x) local t = {x, x + 1}; return leaf(t[1], t[2]) * 2 end
      local function body(seed)
        local sum = 0
        for i = 1, 2 do sum = sum + middle(seed + i) end
        return sum
      end
      cos = {}
      for i = 1, %d do
        local co = coroutine.create(body)
        assert(coroutine.resume(co, i))
        cos[i] = co
      end
      """
          .formatted(COUNT);

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Test
  void hundredThousandSuspendedCoroutinesFitInAFractionOfAGibibyte() {
    try (Context context = Context.create("lua")) {
      long before = usedHeapAfterGc();
      int threads = Thread.activeCount();
      context.eval("lua", PROGRAM);
      long held = usedHeapAfterGc() - before;
      assertEquals(threads, Thread.activeCount(), "suspended coroutines hold no threads");
      assertTrue(
          held < 400 * MIB,
          COUNT + " suspended coroutines hold " + held / MIB + " MiB, " + held / COUNT + " B each");
      String status = "return coroutine.status(cos[" + COUNT + "])";
      assertEquals("suspended", context.eval("lua", status).asString());
      context.eval("lua", "cos = nil");
      long released = usedHeapAfterGc() - before;
      assertTrue(
          released < held / 4,
          "abandoned coroutines were not collected: " + released / MIB + " MiB still held");
    }
  }
}
