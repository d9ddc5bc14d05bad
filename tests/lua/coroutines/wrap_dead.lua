-- Calling a finished coroutine.wrap function raises "cannot resume dead coroutine".
local f = coroutine.wrap(function() return 1 end)
print(f())
print(pcall(f))
local g = coroutine.wrap(function() coroutine.yield(1) end)
g(); g()
local ok, err = pcall(g)
print(ok, err)
