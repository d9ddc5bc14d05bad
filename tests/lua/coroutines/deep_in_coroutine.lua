-- Deep recursion and tail calls inside a coroutine, yielding from deep frames.
local function rec(n) if n == 0 then coroutine.yield("bottom") return 0 end return 1 + rec(n - 1) end
local co = coroutine.create(function() return rec(5000) end)
print(coroutine.resume(co))
print(coroutine.resume(co))
local function tl(n) if n == 0 then return coroutine.yield("tail bottom") end return tl(n - 1) end
local co2 = coroutine.wrap(function() return tl(1000000) end)
print(co2())
print(co2("back"))
