-- rawget, rawset, rawequal bypass metamethods; 5.1 has no rawlen.
local t = setmetatable({}, {
  __index = function(t, k) return "meta" .. k end,
  __newindex = function(t, k, v) rawset(t, k, v .. "!") end,
  __eq = function() return true end,
})
print(t.x, rawget(t, "x"))
t.y = "v"
print(rawget(t, "y"))
rawset(t, "z", "raw")
print(t.z)
print(rawset(t, "w", 1) == t)
local u = setmetatable({}, getmetatable(t))
print(t == u, rawequal(t, u), rawequal(t, t))
print(rawequal(1, 1), rawequal("a", "a"), rawequal(1, "1"))
print(rawlen)
print(pcall(rawget, "str", 1))
print(pcall(rawset, {}, 1))
print(pcall(rawequal, 1))
