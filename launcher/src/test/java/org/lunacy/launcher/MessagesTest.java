package org.lunacy.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** lua.c's l_message as {@link Messages#message} writes it. */
class MessagesTest {
  private static String message(String progname, String msg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Messages.message(out, progname, msg);
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  @Test
  void prognameThenMessage() {
    assertEquals("lunacy: a.lua:1: boom\n", message("lunacy", "a.lua:1: boom"));
    assertEquals("stdin:1: boom\n", message(null, "stdin:1: boom"));
  }

  @Test
  void messageEndsAtNulAsFprintfDoes() {
    assertEquals("lunacy: a.lua:1: \n", message("lunacy", "a.lua:1: \0nul\nstack traceback:"));
    assertEquals("ab\n", message(null, "ab\0cd"));
  }
}
