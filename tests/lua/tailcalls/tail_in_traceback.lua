-- Errors after tail calls still report the right line; tail-called levels vanish from the stack.
local function fail(n) if n == 0 then error("bottom reached") end return fail(n - 1) end
print(pcall(fail, 100000))
local function lvl(n) if n == 0 then error("level 2 error", 2) end return lvl(n - 1) end
print(pcall(lvl, 3))
local function wrapper() return lvl(0) end
print(pcall(wrapper))
