package org.lunacy.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher's argument handling, without running Lua. */
class CommandLineTest {
  private static CommandLine parse(String... args) {
    return CommandLine.parse(args);
  }

  private static LunacySession.Args collect(String... args) {
    return LunacySession.collectArgs(parse(args).argv);
  }

  @Test
  void polyglotOptionsBeforeTheScriptAreTaken() {
    CommandLine cl =
        parse("--engine.TraceCompilation", "--lua.MaxCallDepth=100", "-e", "x=1", "a.lua", "--engine.X=1");
    assertEquals(
        Map.of("engine.TraceCompilation", "true", "lua.MaxCallDepth", "100"), cl.polyglotOptions);
    assertArrayEquals(new String[] {"lunacy", "-e", "x=1", "a.lua", "--engine.X=1"}, cl.argv);
  }

  @Test
  void valuesOfEAndLAreNeverOptions() {
    CommandLine cl = parse("-e", "--engine.X=1", "-l", "--lua.Y");
    assertTrue(cl.polyglotOptions.isEmpty());
    assertArrayEquals(new String[] {"lunacy", "-e", "--engine.X=1", "-l", "--lua.Y"}, cl.argv);
  }

  @Test
  void nothingIsTakenAfterDashDashOrDash() {
    assertArrayEquals(
        new String[] {"lunacy", "--", "--help"}, parse("--", "--help").argv);
    assertArrayEquals(new String[] {"lunacy", "-", "--version"}, parse("-", "--version").argv);
    assertNull(parse("--", "--help").help);
  }

  @Test
  void launcherOptions() {
    CommandLine cl = parse("--experimental-options", "--help:expert", "--vm.Xmx1g", "--version");
    assertTrue(cl.experimentalOptions);
    assertEquals("expert", cl.help);
    assertTrue(cl.version);
    assertArrayEquals(new String[] {"lunacy"}, cl.argv);
    assertEquals("", parse("--help").help);
  }

  @Test
  void bareDoubleDashWordsAreKeptForUsageErrors() {
    // "--x" could be a tool option (--cpusampler); the session decides after trying
    assertEquals(Map.of("x", "true"), parse("--x").polyglotOptions);
    assertArrayEquals(new String[] {"lunacy", "--=1"}, parse("--=1").argv);
  }

  @Test
  void collectArgsLikeLuaC() {
    assertEquals(new LunacySession.Args(0, false, false, false), collect());
    assertEquals(new LunacySession.Args(1, false, false, false), collect("a.lua", "-x"));
    assertEquals(new LunacySession.Args(3, false, false, true), collect("-e", "x", "a.lua"));
    assertEquals(new LunacySession.Args(2, false, false, true), collect("-ex", "a.lua"));
    assertEquals(new LunacySession.Args(0, true, true, false), collect("-i"));
    assertEquals(new LunacySession.Args(0, false, true, false), collect("-v"));
    assertEquals(new LunacySession.Args(2, false, false, false), collect("--", "a.lua"));
    assertEquals(new LunacySession.Args(0, false, false, false), collect("--"));
    assertEquals(new LunacySession.Args(1, false, false, false), collect("-", "x"));
    assertEquals(-1, collect("-x").script());
    assertEquals(-1, collect("-e").script());
    assertEquals(-1, collect("-l").script());
    assertEquals(-1, collect("-ix").script());
    assertEquals(-1, collect("-vx").script());
    assertEquals(1, collect("", "x").script());
  }

  @Test
  void chunkIdLikeLuaO() {
    assertEquals("stdin", Messages.chunkId("=stdin"));
    assertEquals("a.lua", Messages.chunkId("@a.lua"));
    String longName = "x".repeat(70) + ".lua";
    assertEquals("..." + longName.substring(longName.length() - 52), Messages.chunkId("@" + longName));
    assertEquals("[string \"print(1)\"]", Messages.chunkId("print(1)"));
    assertEquals("[string \"a...\"]", Messages.chunkId("a\nb"));
    assertEquals(
        "[string \"" + "y".repeat(43) + "...\"]", Messages.chunkId("y".repeat(50)));
  }

  @Test
  void incompleteLinesEndAtEof() {
    assertTrue(Repl.incomplete("stdin:1: unexpected symbol near '<eof>'"));
    assertTrue(Repl.incomplete("stdin:1: 'end' expected near '<eof>'"));
    assertFalse(Repl.incomplete("stdin:1: unexpected symbol near '='"));
    assertFalse(Repl.incomplete("stdin:1: '<eof>' near '<eof>'"));
  }

  @Test
  void stackSizes() {
    assertEquals(1L << 30, LunacyMain.stackSize(null));
    assertEquals(2L << 30, LunacyMain.stackSize("2g"));
    assertEquals(512L << 20, LunacyMain.stackSize("512M"));
    assertEquals(4096, LunacyMain.stackSize("4096"));
  }

  @Test
  void bytesOfArguments() {
    // UTF-8 platform: "é" is the two bytes C3 A9 for Lua
    if ("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
      assertEquals("\u00c3\u00a9", Messages.toLua("é"));
      assertEquals("é", Messages.fromLua("\u00c3\u00a9"));
    }
    assertEquals("plain", Messages.toLua("plain"));
  }
}
