-- Generic-for iterators of every shape: Lua functions that tail-call next or other iterators,
-- callable tables, builtins, closures with state; extra values in the explist; errors.
local t = {10, 20, 30, a = 1}
local function mynext(s, k) return next(s, k) end
local n = 0
for k, v in mynext, t do n = n + 1 end
print(n)
local function wrapped(s, c) local f = ipairs(s); return f(s, c) end
local parts = {}
for i, v in wrapped, {5, 6, 7}, 0 do parts[#parts + 1] = i .. "=" .. v end
print(table.concat(parts, " "))
local callable = setmetatable({}, {__call = function(self, s, c) if c < 3 then return c + 1, "x" end end})
parts = {}
for i, x in callable, nil, 0 do parts[#parts + 1] = i .. x end
print(table.concat(parts, " "))
local function range(n) local i = 0 return function() i = i + 1 if i <= n then return i end end end
local sum = 0
for i in range(100) do sum = sum + i end
print(sum)
local function chain(s, c) if c < 5 then return (function(x) return x end)(c + 1) end end
parts = {}
for i in chain, nil, 0 do parts[#parts + 1] = i end
print(table.concat(parts, ","))
parts = {}
for a, b, c, d in function(s, i) if i < 2 then return i + 1, s, nil, "d" end end, "S", 0, "ignored" do
  parts[#parts + 1] = table.concat({tostring(a), tostring(b), tostring(c), tostring(d)}, "/")
end
print(table.concat(parts, " "))
print(pcall(function() for k in 42 do end end))
print(pcall(function() for k in function() error("iter failed") end do end end))
print(pcall(function() for k in function() return nil + 1 end do end end))
local function tailerr() local x; return x.y end
print(pcall(function() for k in function() return tailerr() end do end end))
for w in string.gmatch("one two", "%a+") do io.write(w, ";") end
print()
