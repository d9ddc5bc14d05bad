-- __metatable field values of every type: getmetatable returns them, setmetatable then
-- fails with "cannot change a protected metatable"; false still protects; strings' metatable.
for _, v in ipairs({"locked", 0, true, false, {}}) do
  local t = setmetatable({}, {__metatable = v})
  local got = getmetatable(t)
  print(type(v), got == v, pcall(setmetatable, t, {}))
  print(pcall(setmetatable, t, nil))
end
local t = setmetatable({}, {})
getmetatable(t).__metatable = "late"
print(getmetatable(t), pcall(setmetatable, t, {}))
print((pcall(setmetatable, {}, {__metatable = nil})))
print(rawequal(getmetatable("x"), getmetatable("y")), getmetatable("x").__index == string)
print(debug.getmetatable(setmetatable({}, {__metatable = "p"})).__metatable)
local u = newproxy(true)
getmetatable(u).__metatable = "ud locked"
print(getmetatable(u), pcall(debug.setmetatable, u, {}))
print(getmetatable(setmetatable({}, {__index = {__metatable = "inherited?"}})) ~= nil)
print(getmetatable(setmetatable({}, setmetatable({}, {__index = {__metatable = "via index"}}))) == "via index")
