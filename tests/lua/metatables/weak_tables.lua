-- Weak tables: after collectgarbage() entries whose keys/values are unreachable vanish.
local function count(t) local n = 0; for _ in pairs(t) do n = n + 1 end; return n end
local wk = setmetatable({}, {__mode = "k"})
local keep = {}
wk[keep] = 1
wk[{}] = 2
wk[{}] = 3
collectgarbage()
collectgarbage()
print(count(wk), wk[keep])
local wv = setmetatable({}, {__mode = "v"})
wv[1] = keep
wv[2] = {}
wv[3] = "strings are not collected"
wv[4] = 42
collectgarbage()
print(wv[1] == keep, wv[2], wv[3], wv[4])
local wkv = setmetatable({}, {__mode = "kv"})
wkv[keep] = {}
wkv["s"] = keep
collectgarbage()
print(count(wkv), wkv.s == keep)
