-- tostring on numbers (LUAI_NUMFFORMAT "%.14g"), booleans, nil and strings;
-- __tostring results are returned as they are, even when not strings.
local nums = {0, 1, -1, 0.1, 1/3, -2/3, 100, 1e14, 1e15, 123456789012345, 1234567890123456,
  2^53, 2^63, -2^31, 1e100, 1e-5, 1e-4, 0.0001234, 12345.678901234567, 1/0, -1/0, 3.14159265358979}
for _, n in ipairs(nums) do io.write(tostring(n), " ") end
print()
print(tostring(true), tostring(false), tostring(nil), tostring("str"), tostring(""))
print(tostring(0/0) == tostring(0/0))
local o = setmetatable({}, {__tostring = function() return "OBJ" end})
print(tostring(o), #tostring(o))
local num = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, num))
local nothing = setmetatable({}, {__tostring = function() end})
print(pcall(tostring, nothing))
local tab = setmetatable({}, {__tostring = function() return {} end})
local okt, rt = pcall(tostring, tab)
print(okt, type(rt))
local boom = setmetatable({}, {__tostring = function() error("in tostring") end})
print(pcall(tostring, boom))
local multi = setmetatable({}, {__tostring = function() return "a", "b" end})
print(tostring(multi))
print(select("#", tostring(1, 2, 3)))
print(pcall(tostring))
print(tostring(nil), (tostring(print):gsub("0x%x+", "ADDR"):gsub("builtin: %d+", "ADDR")))
print(type(tostring({})), tostring({}):match("^table: ") ~= nil)
print(tostring(coroutine.create(function() end)):match("^thread: ") ~= nil)
print(tostring(print):match("^function: ") ~= nil)
-- __tostring receives the object itself
local self_check = setmetatable({name = "me"}, {__tostring = function(s) return "<" .. s.name .. ">" end})
print(tostring(self_check), print(self_check))
