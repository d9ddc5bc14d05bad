-- Names and positions in argument errors of library functions reached through
-- locals, upvalues, fields, methods, indexed expressions, parentheses and _G.
local function f() return table.concat({1, {}}) end
print(pcall(f))
local function g() return string.format("%d", "x") end
print(pcall(g))
local function h() return ("x"):rep(1, 2, 3) end
print(pcall(h))
local t = setmetatable({}, {__index = function(t, k) return k * 2 end})
print(t[21], pcall(function() return t.x end))
print(pcall(string.gsub, "abc", "%w", function(c) return c + 1 end))
print(pcall(table.sort, {3, 2, 1}, function(a, b) return a.x end))
print(pcall(function() local a = {} ; a[nil] = 1 end))
print(pcall(rawset, {}, nil, 1))
print(pcall(function() return {} < {} end))
print(pcall(function() return math.floor({}) end))
print(pcall(function() local x = math.floor; return x({}) end))
print(pcall(function() return (math.floor)({}) end))
print(pcall(function() return ({math.floor})[1]({}) end))
print(pcall(function() local m = {f = math.floor}; return m.f({}) end))
print(pcall(function() local m = {f = math.floor}; return m:f() end))
print(pcall(function() local m = {f = math.floor}; return m["f"]({}) end))
print(pcall(function() local k = "f"; local m = {f = math.floor}; return m[k]({}) end))
print(pcall(function() return _G.math.floor({}) end))
print(pcall(function() return _G["tostring"]() end))
print(pcall(function() return getfenv().tostring() end))
local up = string.upper
print(pcall(function() return up() end))
