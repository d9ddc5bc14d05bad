package org.lunacy;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/** The {@code --lua.*} options. */
@Option.Group(LuaLanguage.ID)
public final class LuaOptions {
  private LuaOptions() {}

  @Option(
      help = "Maximum depth of nested Lua calls before 'stack overflow' (LUAI_MAXCALLS).",
      category = OptionCategory.EXPERT,
      stability = OptionStability.EXPERIMENTAL)
  public static final OptionKey<Integer> MaxCallDepth = new OptionKey<>(19990);

  @Option(
      help = "Hash-slot witnesses for constant-key table accesses (off: plain hash lookups).",
      category = OptionCategory.EXPERT,
      stability = OptionStability.EXPERIMENTAL)
  public static final OptionKey<Boolean> HashWitnesses = new OptionKey<>(true);

  @Option(
      help =
          "Lazy basic block versioning: function and loop bodies specialized per entry type"
              + " context (off: one generic version of every block).",
      category = OptionCategory.EXPERT,
      stability = OptionStability.EXPERIMENTAL)
  public static final OptionKey<Boolean> BlockVersioning = new OptionKey<>(true);

  @Option(
      help = "Versions of a block before it falls back to its generic version.",
      category = OptionCategory.EXPERT,
      stability = OptionStability.EXPERIMENTAL)
  public static final OptionKey<Integer> MaxBlockVersions = new OptionKey<>(4);

  @Option(
      help = "Print each block version as it is created (with its entry type context).",
      category = OptionCategory.EXPERT,
      stability = OptionStability.EXPERIMENTAL)
  public static final OptionKey<Boolean> TraceBlockVersions = new OptionKey<>(false);

  @Option(
      help = "Count the dynamic type checks executed and print the total when the context closes.",
      category = OptionCategory.EXPERT,
      stability = OptionStability.EXPERIMENTAL)
  public static final OptionKey<Boolean> CountTypeChecks = new OptionKey<>(false);

  @Option(
      help =
          "Flush Lua's standard output after each evaluation that ends normally (off: when the"
              + " buffer fills, on io.stdout:flush() and when the context closes, as C's stdout"
              + " into a pipe or file).",
      category = OptionCategory.EXPERT,
      stability = OptionStability.EXPERIMENTAL)
  public static final OptionKey<Boolean> FlushEachEvaluation = new OptionKey<>(true);

  @Option(
      help =
          "Lua's standard output is line buffered, as C's stdout on a terminal (off: fully"
              + " buffered, as into a pipe or file).",
      category = OptionCategory.EXPERT,
      stability = OptionStability.EXPERIMENTAL)
  public static final OptionKey<Boolean> LineBufferedStdout = new OptionKey<>(false);
}
