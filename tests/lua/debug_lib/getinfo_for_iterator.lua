-- debug.getinfo(1, "n") in the iterator of a generic for: named "(for generator)" with
-- namewhat "local" (the loop's hidden local); tracebacks from Lua and builtin iterators.
local function it(state, i)
  local info = debug.getinfo(1, "n")
  print(info.name, info.namewhat)
  if i < 2 then return i + 1 end
  return nil
end
for i in it, nil, 0 do print("body", i) end

local function traced()
  print(debug.traceback("in iterator"))
  return nil
end
for _ in traced do end

print(select(2, xpcall(function()
  for _ in string.gmatch("abc", "(") do end
end, debug.traceback)))
print(pcall(function()
  for _ in string.gmatch("abc", "%f") do end
end))
