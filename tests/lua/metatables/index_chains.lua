-- __index and __newindex chains: tables and functions mixed, rawget/rawset bypassing them,
-- a chain ending in nil, __index on a missing integer key, and errors naming the field.
local base = {greet = function(self) return "hi " .. self.name end, kind = "base"}
local mid = setmetatable({kind = "mid"}, {__index = base})
local obj = setmetatable({name = "o"}, {__index = mid})
print(obj:greet(), obj.kind, rawget(obj, "kind"), obj.missing)
local calls = 0
local lazy = setmetatable({}, {__index = function(t, k) calls = calls + 1; return k .. "!" end})
print(lazy.a, lazy[1], lazy[2.5], calls)
local log = {}
local store = {}
local guarded = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k; store[k] = v end,
  __index = store})
guarded.x = 1
guarded.x = 2
guarded[1] = "one"
print(#log, log[1], log[2], log[3], guarded.x, rawget(guarded, "x"))
rawset(guarded, "y", 5)
guarded.y = 6
print(#log, guarded.y)
local chain = setmetatable({}, {__newindex = setmetatable({}, {__newindex = store})})
chain.deep = "d"
print(rawget(chain, "deep"), store.deep)
local arr = setmetatable({1, 2}, {__index = function(t, i) return i * 10 end})
print(arr[1], arr[3], #arr)
print(pcall(function() local n = nil; return n.field end))
print(pcall(function() return obj.missing.deeper end))
print(pcall(function() local s = "str"; return s.len == string.len end))
