-- The traceback of an error raised at the end of a chain of tail calls that a Lua call
-- started: one "(tail call)" level per tail call, as debug.traceback shows for live frames.
local function down(n)
  if n == 0 then error("bottom") end
  return down(n - 1)
end
local function start(n)
  down(n)
  return "unreached"
end
print(xpcall(function() start(3) end, debug.traceback))
print(xpcall(function() start(1) end, debug.traceback))
print(xpcall(function() local x = start(2) return x end, debug.traceback))

-- through __call and an iterator of a generic for
local callable = setmetatable({}, {__call = function(self, n) return down(n) end})
print(xpcall(function() callable(2) end, debug.traceback))
local function iter(s, i)
  return down(i)
end
print(xpcall(function() for _ in iter, nil, 2 do end end, debug.traceback))

-- two chains on one stack
local function outer(n)
  if n == 0 then return start(2) end
  return outer(n - 1)
end
print(xpcall(function() outer(2) end, debug.traceback))

-- a coroutine that died at the end of a chain, started by a call or by its body's tail call
local co = coroutine.create(function() start(3) end)
print(coroutine.resume(co))
print(debug.traceback(co))
co = coroutine.create(function() return down(2) end)
print(coroutine.resume(co))
print(debug.traceback(co))
