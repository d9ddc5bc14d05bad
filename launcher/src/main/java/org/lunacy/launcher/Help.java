package org.lunacy.launcher;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptor;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionStability;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Instrument;
import org.graalvm.polyglot.Language;

/** The usage message of lua.c, the version banner, and {@code --help}'s polyglot options. */
final class Help {
  private Help() {}

  /** lua.c's {@code print_usage}, word for word. */
  static String usage() {
    return "usage: "
        + LunacyMain.PROGNAME
        + " [options] [script [args]].\n"
        + "Available options are:\n"
        + "  -e stat  execute string 'stat'\n"
        + "  -l name  require library 'name'\n"
        + "  -i       enter interactive mode after executing 'script'\n"
        + "  -v       show version information\n"
        + "  --       stop handling options\n"
        + "  -        execute stdin and stop handling options\n";
  }

  static void printUsage(OutputStream err) {
    Messages.write(err, usage());
  }

  static String version() {
    String v = Help.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  /** {@code -v}: starts like lua5.1's banner, so tools that look for "Lua 5.1" find it. */
  static String banner() {
    return "Lua 5.1.5 (Lunacy "
        + version()
        + " on GraalVM Truffle)  Copyright (C) 1994-2012 Lua.org, PUC-Rio";
  }

  /** {@code --version}: the banner and the runtime that runs it, on standard output. */
  static void printVersionDetails(OutputStream out, CommandLine commandLine) {
    StringBuilder sb = new StringBuilder(banner()).append('\n');
    try (Engine engine = newEngine(commandLine)) {
      // "GraalVM CE" with the Graal compiler, "Interpreted" without it
      sb.append("Runtime: ").append(engine.getImplementationName());
    } catch (RuntimeException e) {
      sb.append("Runtime: unavailable (").append(e.getMessage()).append(')');
    }
    sb.append(", Java ").append(Runtime.version()).append('\n');
    Messages.write(out, Messages.toLua(sb.toString()));
  }

  private static Engine newEngine(CommandLine commandLine) {
    return Engine.newBuilder()
        .allowExperimentalOptions(true)
        .options(commandLine.polyglotOptions)
        .build();
  }

  /**
   * {@code --help}: the usage, the launcher's own options, and the polyglot options of the engine,
   * the compiler, the languages and the tools ({@code --help:expert} adds expert options, {@code
   * --help:internal} all of them).
   */
  static void printHelp(OutputStream out, CommandLine commandLine) {
    StringBuilder sb = new StringBuilder(usage());
    sb.append(
        """

        Launcher options:
          --help[:expert|:internal]     print this help (with expert or all polyglot options)
          --version                     print the version and the runtime, then exit
          --vm.<option>, --jvm.<option> pass -<option> to the JVM (--vm.Xmx2g, --vm.Dkey=value)
          --experimental-options        accepted; experimental options need no flag here
          --<group>.<name>[=<value>]    set a polyglot option (--engine.TraceCompilation)

        Environment:
          LUA_INIT                      Lua code run first, or @file to run a file
          LUNACY_JAVA, JAVA_HOME        the Java (25 or newer) that runs lunacy
          LUNACY_JAVA_OPTS              more JVM options
        """);
    int detail =
        switch (commandLine.help) {
          case "expert" -> 1;
          case "internal" -> 2;
          default -> 0;
        };
    try (Engine engine = newEngine(commandLine)) {
      List<String> engineLines = new ArrayList<>();
      List<String> compilerLines = new ArrayList<>();
      for (OptionDescriptor d : engine.getOptions()) {
        String line = line(d, detail);
        if (line != null) {
          (d.getName().startsWith("compiler.") ? compilerLines : engineLines).add(line);
        }
      }
      section(sb, "Engine options", engineLines);
      section(sb, "Compiler options", compilerLines);
      for (Map.Entry<String, Language> e : engine.getLanguages().entrySet()) {
        section(sb, e.getValue().getName() + " options", lines(e.getValue().getOptions(), detail));
      }
      for (Map.Entry<String, Instrument> e : engine.getInstruments().entrySet()) {
        section(sb, e.getValue().getName() + " options", lines(e.getValue().getOptions(), detail));
      }
    } catch (RuntimeException e) {
      sb.append("\n(polyglot options unavailable: ").append(e.getMessage()).append(")\n");
    }
    Messages.write(out, Messages.toLua(sb.toString()));
  }

  private static List<String> lines(OptionDescriptors descriptors, int detail) {
    List<String> lines = new ArrayList<>();
    for (OptionDescriptor d : descriptors) {
      String line = line(d, detail);
      if (line != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String line(OptionDescriptor d, int detail) {
    if (d.isDeprecated()) {
      return null;
    }
    OptionCategory category = d.getCategory();
    boolean shown =
        switch (category) {
          case USER -> true;
          case EXPERT -> detail >= 1;
          default -> detail >= 2;
        };
    if (!shown) {
      return null;
    }
    String syntax = d.getUsageSyntax();
    String head = "  --" + d.getName() + (syntax == null || syntax.isEmpty() ? "" : "=" + syntax);
    StringBuilder sb = new StringBuilder(head);
    int column = 32;
    if (head.length() < column) {
      sb.append(" ".repeat(column - head.length()));
    } else {
      sb.append("\n").append(" ".repeat(column));
    }
    sb.append(d.getHelp().replace("\n", "\n" + " ".repeat(column)));
    if (d.getStability() == OptionStability.EXPERIMENTAL) {
      sb.append(" [experimental]");
    }
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    lines.sort(null);
    sb.append('\n').append(title).append(":\n");
    for (String line : lines) {
      sb.append(line).append('\n');
    }
  }
}
