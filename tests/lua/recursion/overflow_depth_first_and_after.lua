local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(pcall(depth, 16379))
print(pcall(depth, 16380))
print(pcall(depth, 19995))
print(pcall(depth, 19996))
local co = coroutine.create(function() return pcall(depth, 16000) end)
print(coroutine.resume(co))
local function inf() return 1 + inf() end
print(pcall(inf))
print(select(2, pcall(string.rep)))
