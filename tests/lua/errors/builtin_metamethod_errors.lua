-- Library functions used directly as metamethods: their argument errors get
-- the position of the Lua code whose operator called them and the name '?'
-- (no call instruction names them); a builtin __call names the called value,
-- also from a tail call.
local n = setmetatable({}, {__add = math.max, __unm = math.abs, __concat = string.rep, __index = string.upper,
  __newindex = string.rep, __eq = math.floor, __lt = string.sub, __le = math.max, __call = string.len})
local function f() return n + 1 end
print(pcall(function() local r = f() return r end))
local function g() local x = n.key return x end
print(pcall(function() local r = g() return r end))
print(pcall(function() n.k = 1 end))
print(pcall(function() return n < n end))
print(pcall(function() return n <= n end))
print(pcall(function() return n() end))
print(pcall(function() local r = n() return r end))
print(pcall(function() return n .. "x" end))
print(pcall(function() return "x" .. n end))
print(pcall(function() return -n end))
local m = setmetatable({}, {__index = function(t, k) return string.rep(k) end})
print(pcall(function() return m.zz end))
local t = setmetatable({}, {__index = rawget, __newindex = rawset, __call = select})
print(t.x, t[1])
t.y = 5
print(rawget(t, "y"), pcall(t, "#", 1, 2), pcall(t, 2, "a", "b"))
print(pcall(function() return t(1) end))
local c = setmetatable({}, {__tostring = string.upper})
print(pcall(tostring, c))
local q = setmetatable({v = 3}, {__lt = rawequal, __le = rawequal, __eq = rawequal})
local q2 = setmetatable({v = 3}, getmetatable(q))
print(q < q2, q <= q, q == q2)
local call = setmetatable({}, {__call = string.format})
print(pcall(call, "%d"))
print(pcall(function() return call("%d") end))
local tcall = setmetatable({}, {__call = table.concat})
print(pcall(tcall, ","))
