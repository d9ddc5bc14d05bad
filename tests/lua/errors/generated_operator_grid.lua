-- Generated binary/unary expressions over a pool of values (numbers, numeric strings, nil,
-- booleans, tables with and without metamethods, functions): results or error messages.
SEED = 2
local seed = tonumber(SEED) or 99
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local mt = {
  __add = function(a, b) return "add" end, __concat = function(a, b) return "cat" end,
  __lt = function(a, b) return true end, __le = function(a, b) return false end,
  __unm = function(a) return "unm" end, __eq = function() return true end,
}
local names = {"n1", "n2", "nz", "s1", "s2", "sx", "hx", "nl", "bt", "tb", "mt1", "mt2", "fn", "inf", "big"}
local src = {"local n1, n2, nz, s1, s2, sx, hx, nl, bt, tb, mt1, mt2, fn, inf, big = ...", "local r = {}"}
local ops = {"+", "-", "*", "/", "%", "^", "..", "<", "<=", ">", ">=", "==", "~=", "and", "or"}
for i = 1, 400 do
  local a, b = names[rnd(#names) + 1], names[rnd(#names) + 1]
  local op = ops[rnd(#ops) + 1]
  local expr
  local u = rnd(12)
  if u == 0 then expr = "-" .. a elseif u == 1 then expr = "#" .. a elseif u == 2 then expr = "not " .. a
  elseif u == 3 then expr = "(" .. a .. " " .. op .. " " .. b .. ") " .. ops[rnd(6) + 1] .. " " .. names[rnd(#names) + 1]
  else expr = a .. " " .. op .. " " .. b end
  src[#src + 1] = string.format("r[%d] = {pcall(function() return %s end)}", i, expr)
end
src[#src + 1] = "return r"
local f = assert(loadstring(table.concat(src, "\n"), "=gen"))
local r = f(3, 0.5, 0, "10", "0x1F", "abc", " 7 ", nil, true, {}, setmetatable({}, mt), setmetatable({}, mt), print, math.huge, 2^60)
for i = 1, #src - 3 do
  local res = r[i]
  local v = res[2]
  local s = type(v) == "table" and "table" or type(v) == "function" and "function" or tostring(v)
  print(i, src[i + 2]:match("return (.-) end"), res[1], s)
end
