-- many values through coroutine.resume, select and constructors
local t = {} for i = 1, 8000 do t[i] = i end
local co = coroutine.create(function(...) return select('#', ...) end)
print(pcall(coroutine.resume, co, unpack(t, 1, 7000)))
local co2 = coroutine.create(function() return unpack(t, 1, 7500) end)
print(pcall(function() return select('#', coroutine.resume(co2)) end))
print(pcall(function() return select('#', select(1, unpack(t, 1, 7990))) end))
print(pcall(function() return #{unpack(t, 1, 7997)} end))
print(pcall(function() return #{string.byte(string.rep("a", 7997), 1, -1)} end))
print(pcall(string.byte, string.rep("a", 7998), 1, -1))
