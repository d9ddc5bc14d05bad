-- error(msg, level) positions from deep and tail-called functions, metamethods, builtins,
-- coroutines and message handlers; errors 200 levels down raised again and again
local function lvl(n, l) if n == 0 then error("e", l) end return (lvl(n - 1, l)) end
for _, l in ipairs{1, 2, 3, 5, 50, 2^31, 2^40, 0} do print(pcall(lvl, 10, l)) end
local function tc(n, l) if n == 0 then error("t", l) end return tc(n - 1, l) end
for _, l in ipairs{1, 2, 3, 4} do print(pcall(tc, 3, l)) end
local function viaTail(l) return (function() error("u", l) end)() end
for _, l in ipairs{1, 2, 3} do print(pcall(viaTail, l)) end
print(pcall(function() local t = setmetatable({}, {__index = function(t, k) error("idx", 2) end}) return t.x end))
print(pcall(function() return ("x"):rep(-1, {}) end))
print(pcall(string.rep))
print(pcall(function() local co = coroutine.wrap(function() error("inco", 2) end) co() end))
print(xpcall(function() error("xp", 2) end, function(m) return m .. "|" .. select(2, pcall(error, "inh", 2)) end))
print(pcall(function() table.sort({3, 2, 1}, function(a, b) error("cmp", 3) end) end))
local function g(n) if n == 0 then error("deep") end return 1 + g(n - 1) end
local last
for i = 1, 300 do last = select(2, pcall(g, 200)) end
print(last)
