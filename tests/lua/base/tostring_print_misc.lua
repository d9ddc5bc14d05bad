-- print uses the global tostring; __tostring must return a string
local real = tostring
tostring = function(v) return "<" .. real(v) .. ">" end
print(1, "a", nil)
tostring = real
local bad = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(print, bad))
print(pcall(tostring, bad))
local good = setmetatable({}, {__tostring = function() return "good" end})
print(good, tostring(good))
local named = setmetatable({}, {__tostring = function(self) return nil end})
print(pcall(tostring, named))
print(tostring(-0.0), tostring(2^31), tostring(1e15), tostring(1e16), tostring(-1e-7))
print(tostring(true), tostring(false), type(tostring(print)))
print(tostring(print):match("^function: ") ~= nil, tostring({}):match("^table: ") ~= nil)
print(tostring(coroutine.create(function() end)):match("^thread: ") ~= nil)
print(tostring(newproxy()):match("^userdata: ") ~= nil)
print(pcall(print, setmetatable({}, {__tostring = error})))
