-- yielding across metamethods and C functions fails in 5.1
local function try(name, f)
  local co = coroutine.create(f)
  print(name, coroutine.resume(co))
end
try("index", function()
  local t = setmetatable({}, {__index = function() return coroutine.yield(1) end})
  return t.x
end)
try("sort", function()
  table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end)
end)
try("gsub", function()
  return (string.gsub("ab", ".", function(c) coroutine.yield(c) end))
end)
try("tostring", function()
  return tostring(setmetatable({}, {__tostring = function() coroutine.yield() return "x" end}))
end)
try("call meta", function()
  local c = setmetatable({}, {__call = function() return coroutine.yield("from call") end})
  return c()
end)
try("arith", function()
  local a = setmetatable({}, {__add = function() return coroutine.yield("add") end})
  return a + 1
end)
try("iterator", function()
  for k in function() return coroutine.yield("iter") end do return k end
end)
try("concat", function()
  local a = setmetatable({}, {__concat = function() return coroutine.yield("cat") end})
  return a .. "x"
end)
try("eq", function()
  local mt = {__eq = function() return coroutine.yield("eq") end}
  return setmetatable({}, mt) == setmetatable({}, mt)
end)
try("newindex", function()
  local t = setmetatable({}, {__newindex = function() coroutine.yield("ni") end})
  t.x = 1
end)
try("select", function() return select(2, coroutine.yield("sel")) end)
try("foreach", function() table.foreach({1}, function() coroutine.yield("fe") end) end)
try("load", function() return load(function() coroutine.yield("ld") end) end)
try("unm", function()
  local a = setmetatable({}, {__unm = function() return coroutine.yield("unm") end})
  return -a
end)
