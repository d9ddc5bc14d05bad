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
}
