-- collectgarbage results that are deterministic: return types and zero values.
print(collectgarbage("collect"))
print(collectgarbage())
local before = collectgarbage("count")
local big = {}
for i = 1, 100000 do big[i] = {} end
print(collectgarbage("count") > before)
big = nil
collectgarbage()
print(type(collectgarbage("count")))
print(collectgarbage("stop"), collectgarbage("restart"))
