-- __lt and __le: mixed operand types, different metamethods, __le falling back to not __lt
-- with swapped operands, results converted to booleans, > and >= swap the operands.
local log = {}
local function mk(name, mt) return setmetatable({name = name}, mt) end
local mlt = {__lt = function(a, b) log[#log + 1] = "lt(" .. a.name .. "," .. b.name .. ")"; return a.name < b.name end}
local a, b = mk("a", mlt), mk("b", mlt)
print(a < b, b < a, a > b, b > a)
print(a <= b, b <= a, a >= b, b >= a)
print(table.concat(log, " "))
local mle = {__le = function(x, y) return 1 end, __lt = function() return false end}
local c, d = mk("c", mle), mk("d", mle)
print(c <= d, c >= d, c < d, c > d)
local other = {__lt = function() return true end}
print(pcall(function() return a < mk("z", other) end))
print(pcall(function() return a <= mk("z", other) end))
local same = mlt.__lt
local m2 = {__lt = same}
print(pcall(function() return a < mk("z", m2) end))
print(pcall(function() return a < 1 end))
print(pcall(function() return 1 < a end))
print(pcall(function() return "a" < a end))
print(pcall(function() return a <= "a" end))
-- numbers and strings never use metamethods
getmetatable("").__lt = function() return "never" end
print("a" < "b", "b" < "a")
getmetatable("").__lt = nil
print(pcall(function() return mk("x", {}) < mk("y", {}) end))
print(pcall(function() return mk("x", {}) <= mk("y", {}) end))
local onlyle = {__le = function(x, y) return x.name <= y.name end}
print(pcall(function() return mk("x", onlyle) < mk("y", onlyle) end))
print(mk("x", onlyle) <= mk("y", onlyle), mk("x", onlyle) >= mk("y", onlyle))
