-- getfenv with levels: 0 = global env, 1 = current function, 2 = caller.
print(getfenv(0) == _G, getfenv(1) == _G, getfenv() == _G)
local function inner() return getfenv(2) end
local function outer() local r = inner(); return r end
local e = {inner = inner, getfenv = getfenv}
setfenv(outer, e)
print(outer() == e)
local function tail_outer() return inner() end
print(pcall(tail_outer))
local function lvl1() return getfenv(1) end
setfenv(lvl1, e)
print(lvl1() == e)
print(pcall(getfenv, 100))
print(pcall(getfenv, -1))
print(pcall(getfenv, "x"))
print(getfenv(print) == _G)
