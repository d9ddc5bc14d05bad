package org.lunacy.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;
import org.lunacy.runtime.LuaFunction;
import org.lunacy.runtime.LuaTable;

/** The Lua value types the DSL specializes on; numbers are always doubles. */
@TypeSystem({double.class, boolean.class, String.class, LuaTable.class, LuaFunction.class})
public abstract class LuaTypeSystem {}
