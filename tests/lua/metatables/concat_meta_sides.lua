-- __concat with tables on either side of strings and numbers, chains a..b..c (right
-- associative: evaluated pairwise from the right), and __concat results of any type.
local mt = {}
mt.__concat = function(x, y)
  local function s(v) return type(v) == "table" and "T" .. v.n or tostring(v) end
  return "(" .. s(x) .. "|" .. s(y) .. ")"
end
local a, b = setmetatable({n = 1}, mt), setmetatable({n = 2}, mt)
print(a .. "s", "s" .. a, a .. 5, 5 .. a, a .. b, a .. 1.5)
print("x" .. "y" .. a, a .. "x" .. "y", "x" .. a .. "y", 1 .. 2 .. a)
print(a .. b .. "z" .. a)
local r = setmetatable({}, {__concat = function(x, y) return {x, y} end})
local res = r .. "q"
print(type(res), res[2])
local n = setmetatable({}, {__concat = function() return 42 end})
print(n .. "s", type(n .. "s"), "s" .. n .. "t")
print(pcall(function() return a .. nil end))
print(pcall(function() return nil .. a end))
print(pcall(function() return {} .. a end))
print(pcall(function() return true .. "x" end))
print(pcall(function() local t = {}; return "a" .. t .. "b" end))
