-- getinfo names of functions run as metamethods (none), through __call (the called variable),
-- as fields and methods, parenthesised, and as callbacks of builtins (none).
local function me() local i = debug.getinfo(2, "n"); return tostring(i.name) .. "/" .. i.namewhat end
local mt = {}
for _, ev in ipairs({"__add", "__index", "__call", "__concat", "__unm", "__len", "__lt", "__le", "__eq", "__newindex", "__tostring"}) do
  mt[ev] = function(...) local r = me(); if ev == "__newindex" then rawset((...), "r", r) end; return r end
end
local o, o2 = setmetatable({}, mt), setmetatable({}, mt)
print(o + 1, o.x, o(), o .. "s", -o)
print(pcall(function() return o < o2 end), pcall(function() return o <= o2 end), pcall(function() return o == o2 end))
o.k = 1
print(rawget(o, "r"), tostring(o))
local u = newproxy(true)
getmetatable(u).__len = function() local r = me(); return r end
getmetatable(u).__index = function() local r = me(); return r end
print(#u, u.x)
local t = {f = function() local r = me(); return r end}
print(t.f(), t:f(), (t.f)(), pcall(t.f))
print(string.gsub("a", "a", function() local r = me(); return r end))
table.sort({1, 2}, function(a, b) print(me()); return a < b end)
