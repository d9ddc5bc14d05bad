package org.lunacy.parser;

/**
 * A syntax error found by {@link LuaLexer} or {@link LuaParser}. {@link #getMessage()} is the
 * complete message PUC-Rio Lua 5.1 produces (the one {@code loadstring} returns), for example
 * {@code x.lua:3: 'end' expected (to close 'if' at line 1) near '<eof>'}; mirrors {@code
 * luaX_lexerror} of llex.c. The stack trace is not filled in: the error is a Lua value, not a Java
 * bug.
 */
public final class LuaSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  public LuaSyntaxException(String message, int line) {
    super(message, null, false, false);
    this.line = line;
  }

  /** The line the lexer had reached when the error was raised (the number in the message). */
  public int getLine() {
    return line;
  }

  /**
   * Whether the chunk merely ended too early, so that more input could complete it: the test
   * lua.c's {@code incomplete} makes for its interactive loop (the message ends in {@code
   * '<eof>'}).
   */
  public boolean isIncomplete() {
    return getMessage().endsWith("'<eof>'");
  }
}
