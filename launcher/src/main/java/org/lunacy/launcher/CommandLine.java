package org.lunacy.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line split into lua.c's own arguments and the options every GraalVM launcher has
 * ({@code --engine.X=v}, {@code --lua.X}, {@code --compiler.X}, {@code --log.file=...}, {@code
 * --experimental-options}, {@code --help}, {@code --version}).
 *
 * <p>Launcher options are taken only where lua.c itself still reads options: before the script
 * name, before {@code --} or {@code -}, and never as the value of {@code -e}/{@code -l}. Everything
 * else is left, in order, for lua.c's own {@code collectargs}, so that {@code arg} and {@code ...}
 * see the script's arguments untouched. {@code --vm.X}/{@code --jvm.X} are turned into JVM options
 * by {@code bin/lunacy}; any that reach the launcher are ignored.
 */
final class CommandLine {
  /** lua.c's {@code argv}: element 0 is the program name, then the arguments, as Lua strings. */
  final String[] argv;
  /** Polyglot options in command-line order (a later one overrides an earlier one). */
  final Map<String, String> polyglotOptions;
  /** {@code --experimental-options}: accepted; the launcher allows experimental options anyway. */
  final boolean experimentalOptions;
  /** {@code null} without {@code --help}; else "", "expert" or "internal". */
  final String help;
  final boolean version;

  private CommandLine(
      String[] argv,
      Map<String, String> polyglotOptions,
      boolean experimentalOptions,
      String help,
      boolean version) {
    this.argv = argv;
    this.polyglotOptions = Collections.unmodifiableMap(polyglotOptions);
    this.experimentalOptions = experimentalOptions;
    this.help = help;
    this.version = version;
  }

  static CommandLine parse(String[] args) {
    String argv0 = System.getProperty("lunacy.argv0", LunacyMain.PROGNAME);
    List<String> lua = new ArrayList<>();
    lua.add(Messages.toLua(argv0));
    Map<String, String> options = new LinkedHashMap<>();
    boolean experimental = false;
    String help = null;
    boolean version = false;
    boolean inOptions = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (inOptions && a.startsWith("--") && a.length() > 2) {
        String body = a.substring(2);
        int eq = body.indexOf('=');
        String key = eq < 0 ? body : body.substring(0, eq);
        String value = eq < 0 ? "true" : body.substring(eq + 1);
        if (body.equals("help")) {
          help = "";
          continue;
        } else if (body.startsWith("help:")) {
          help = body.substring("help:".length());
          continue;
        } else if (body.equals("version")) {
          version = true;
          continue;
        } else if (key.equals("experimental-options")) {
          experimental = !value.equals("false");
          continue;
        } else if (body.startsWith("vm.") || body.startsWith("jvm.")) {
          continue;
        } else if (isOptionName(key)) {
          options.put(key, value);
          continue;
        }
      }
      lua.add(Messages.toLua(a));
      if (inOptions) {
        if (a.isEmpty() || a.charAt(0) != '-' || a.equals("-") || a.equals("--")) {
          inOptions = false;
        } else if ((a.equals("-e") || a.equals("-l")) && i + 1 < args.length) {
          lua.add(Messages.toLua(args[++i]));
        }
      }
    }
    return new CommandLine(lua.toArray(new String[0]), options, experimental, help, version);
  }

  /** A polyglot option key: dot-separated names such as {@code engine.TraceCompilation}. */
  static boolean isOptionName(String key) {
    if (key.isEmpty() || !Character.isLetter(key.charAt(0)) || key.endsWith(".")) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
        return false;
      }
      if (c == '.' && key.charAt(i - 1) == '.') {
        return false;
      }
    }
    return true;
  }
}
