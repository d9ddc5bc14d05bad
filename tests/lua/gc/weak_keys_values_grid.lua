-- Weak tables after collectgarbage(): weak keys drop unreachable table keys, weak values
-- drop unreachable table values, strings/numbers/booleans are never removed; counts sorted.
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local keep = {}
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local wkv = setmetatable({}, {__mode = "kv"})
for i = 1, 10 do
  local obj = {i}
  if i % 2 == 0 then keep[#keep + 1] = obj end
  wk[obj] = i
  wv[i] = obj
  wkv[obj] = obj
  wv["s" .. i] = "string" .. i
  wk["k" .. i] = {}
end
wv.num, wv.bool, wv.fn = 1, true, print
collectgarbage()
collectgarbage()
print(count(wk), count(wv), count(wkv))
local vals = {}
for k, v in pairs(wk) do if type(k) == "table" then vals[#vals + 1] = v end end
table.sort(vals)
print(table.concat(vals, " "))
local idx = {}
for i = 1, 10 do if wv[i] then idx[#idx + 1] = i end end
print(table.concat(idx, " "), wv.s3, wv.num, wv.bool, wv.fn == print)
print(wk.k1 ~= nil, wk.k10 ~= nil)
keep = nil
collectgarbage()
print(count(wkv), count(setmetatable({}, {__mode = "k"})))
local closures = setmetatable({}, {__mode = "v"})
local held = function() return 1 end
closures[1] = held
closures[2] = function() return 2 end
collectgarbage()
print(closures[1] == held, closures[2])
