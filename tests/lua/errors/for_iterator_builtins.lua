-- Library functions as generic-for iterators: their argument errors name
-- '(for generator)', and the loop passes state and control values to them.
print(pcall(function() for k, v in next, "str" do end end))
print(pcall(function() for a in string.rep do end end))
print(pcall(function() for a in math.floor, {} do end end))
print(pcall(function() for i, v in ipairs(nil) do end end))
print(pcall(function() for k, v in pairs() do end end))
print(pcall(function() for a, b in string.gmatch("a=1", "(%w)=(%w)") do print(a, b) end end))
print(pcall(function() for a in select, "x" do end end))
print(pcall(function() for a in unpack, {{1}} do print(type(a)) break end end))
print(pcall(function() for a in setmetatable({}, {__call = string.len}) do end end))
print(pcall(function() for a in setmetatable({}, {__call = function(self, s, c) return nil end}) do end end))
print(pcall(function() for a in 42 do end end))
print(pcall(function() for a in nil do end end))
print(pcall(function() local t = {} for a in t.nothing do end end))
print(pcall(function() local f = string.byte; for a in f, "abc" do end end))
local n = 0
for c in string.byte, "abc", 0 do n = n + 1 if n > 3 then break end end
print(n)
for k, v in next, {10, 20} do io.write(k, "=", v, " ") end
print()
for i, c in string.gmatch("abc", "()(.)") do io.write(i, c, " ") end
print()
