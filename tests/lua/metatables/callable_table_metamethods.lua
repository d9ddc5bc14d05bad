-- Callable tables as metamethods: operators, __tostring and __len of userdata
-- call them through their __call; __index/__newindex index them as tables;
-- a callable __call and functions that need real functions reject them.
local callable = setmetatable({}, {__call = function(self, a, b) return "called(" .. type(a) .. "," .. type(b) .. ")" end,
  __index = function(t, k) return "callable's index " .. tostring(k) end})
local obj = setmetatable({}, {__add = callable, __concat = callable, __unm = callable, __index = callable,
  __newindex = callable, __tostring = callable, __eq = callable, __lt = callable, __le = callable, __len = callable,
  __call = callable})
print(obj + 1, 1 + obj, obj .. "x", -obj)
print(obj.field, obj[1])
obj.newkey = 5
print(rawget(obj, "newkey"), rawget(callable, "newkey"))
print(pcall(tostring, obj))
local obj2 = setmetatable({}, getmetatable(obj))
print(obj == obj2, pcall(function() return obj < obj2 end), pcall(function() return obj <= obj2 end))
print(pcall(function() return #obj end))
print(pcall(obj, 1))
print(pcall(coroutine.create, callable))
print(pcall(string.dump, callable))
print(pcall(getfenv, callable))
print(pcall(setfenv, callable, {}))
local ud = newproxy(true)
getmetatable(ud).__len = callable
getmetatable(ud).__index = callable
print(#ud, ud.x)
