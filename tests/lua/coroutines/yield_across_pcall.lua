-- In 5.1 yielding across pcall or a metamethod fails: "attempt to yield across metamethod/C-call boundary".
local co = coroutine.create(function()
  local ok, err = pcall(function() coroutine.yield(1) end)
  return ok, err
end)
print(coroutine.resume(co))
local t = setmetatable({}, {__index = function() return coroutine.yield("from index") end})
local co2 = coroutine.create(function() return t.x end)
print(coroutine.resume(co2))
local co3 = coroutine.create(function()
  table.sort({3, 2, 1}, function(a, b) coroutine.yield(); return a < b end)
end)
print(coroutine.resume(co3))
