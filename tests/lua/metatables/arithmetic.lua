-- Arithmetic metamethods __add __sub __mul __div __mod __pow __unm, operand order.
local mt = {}
local function V(x) return setmetatable({x = x}, mt) end
local function val(a) if type(a) == "table" then return tostring(a.x) end return tostring(a) end
mt.__add = function(a, b) return "add(" .. val(a) .. "," .. val(b) .. ")" end
mt.__sub = function(a, b) return "sub(" .. val(a) .. "," .. val(b) .. ")" end
mt.__mul = function(a, b) return "mul(" .. val(a) .. "," .. val(b) .. ")" end
mt.__div = function(a, b) return "div(" .. val(a) .. "," .. val(b) .. ")" end
mt.__mod = function(a, b) return "mod(" .. val(a) .. "," .. val(b) .. ")" end
mt.__pow = function(a, b) return "pow(" .. val(a) .. "," .. val(b) .. ")" end
mt.__unm = function(a, b) return "unm(" .. val(a) .. "," .. tostring(b == a) .. ")" end
local a, b = V(1), V(2)
print(a + b, a - b, a * b, a / b, a % b, a ^ b, -a)
print(a + 10, 10 + a, "s" - a, a * "3")
print(2 ^ a, a % 5)
print(pcall(function() return a + {} end))
print(pcall(function() return {} + {} end))
print(pcall(function() return a .. b end))
