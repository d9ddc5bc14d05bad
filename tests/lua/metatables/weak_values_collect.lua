-- weak tables drop collectable values after collectgarbage(); strings and numbers stay
local weak = setmetatable({}, {__mode = "v"})
weak[1] = {}
weak[2] = "string"
weak[3] = 42
local keep = {}
weak[4] = keep
weak.f = function() end
collectgarbage()
collectgarbage()
print(weak[1], weak[2], weak[3], weak[4] == keep, weak.f)
local wk = setmetatable({}, {__mode = "k"})
wk[{}] = 1
wk[keep] = 2
wk.str = 3
collectgarbage()
local n = 0
for k, v in pairs(wk) do n = n + 1 end
print(n, wk[keep], wk.str)
