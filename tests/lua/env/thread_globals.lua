-- Each thread has its own global table (getfenv(0)/setfenv(0, t)): a
-- coroutine starts with its creator's, setfenv(0) inside it changes only
-- its own, chunks it loads get it, and print looks up tostring in it.
local G = _G
local function foo (a)
  setfenv(0, a)
  coroutine.yield(getfenv())
  G.print(getfenv(0) == a, getfenv(1) == G, getfenv(loadstring"") == a)
  local inner = coroutine.create(function () return getfenv(0) end)
  G.print(select(2, coroutine.resume(inner)) == a)
  return getfenv()
end
local f = coroutine.wrap(foo)
local a = {tostring = function (v) return "<" .. G.tostring(v) .. ">" end}
print(f(a) == _G)
print(getfenv(0) == _G, getfenv(loadstring"") == _G)
print(f() == _G)
print("main", 1)

-- print inside the coroutine uses the coroutine's tostring
local co = coroutine.create(function ()
  setfenv(0, a)
  print("co", 2)
end)
coroutine.resume(co)
print("main", 3)

-- setfenv(0) on the main thread is seen by new coroutines
local t = setmetatable({marker = true}, {__index = _G})
setfenv(0, t)
print(getfenv(0) == t, loadstring("return marker")())
print(coroutine.wrap(function () return getfenv(0) == t end)())
setfenv(0, _G)
print(getfenv(0) == _G, loadstring("return marker")())

-- debug.getfenv/setfenv of a coroutine
local c = coroutine.create(function ()
  coroutine.yield(getfenv(0))
  return loadstring("return a")()
end)
print(debug.getfenv(c) == _G)
local e = {a = 15}
print(debug.setfenv(c, e) == c, debug.getfenv(c) == e)
print(select(2, coroutine.resume(c)) == e)
print(select(2, coroutine.resume(c)))
