-- Stack overflow is a catchable error; after it, deep (but finite) recursion works again;
-- overflow inside pcall inside coroutines and inside metamethods.
local function inf(n) return 1 + inf(n + 1) end
local ok, e = pcall(inf, 1)
print(ok, (tostring(e):gsub("^.-:%d+: ", "")))
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(5000))
local co = coroutine.create(function() return pcall(inf, 1) end)
local r1, r2, r3 = coroutine.resume(co)
print(r1, r2, (tostring(r3):gsub("^.-:%d+: ", "")))
local mt = {}
mt.__index = function(t, k) return t[k .. "x"] end
local ok2, e2 = pcall(function() return setmetatable({}, mt).a end)
print(ok2, (tostring(e2):gsub("^.-:%d+: ", "")))
local function mutual_a(n) return 1 + mutual_b(n) end
function mutual_b(n) return 1 + mutual_a(n) end
print((select(2, pcall(mutual_a, 1)):gsub("^.-:%d+: ", "")))
print(depth(100))
