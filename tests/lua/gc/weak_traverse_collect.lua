-- A traversal of a weak table (pairs/next) goes on across collections: every entry that stays
-- alive is visited exactly once, and entries cleared meanwhile are simply not seen again.
local keep, kept = {}, {}
local wk = setmetatable({}, {__mode = "k"})
for i = 1, 12 do
  local k = {}
  wk[k] = i
  if i % 3 ~= 0 then keep[#keep + 1] = k; kept[k] = true end
end
local seen, visits, sum = {}, 0, 0
for k, v in pairs(wk) do
  if kept[k] then
    if seen[k] then print("visited twice", v) end
    seen[k] = true
    visits = visits + 1
    sum = sum + v
  end
  collectgarbage()
end
print("weak keys", visits, sum)

-- weak values in the array part and the hash part
local wv = setmetatable({}, {__mode = "v"})
for i = 1, 8 do wv[i] = keep[i] end
for i = 1, 4 do wv["s" .. i] = keep[i] end
for i = 1, 4 do wv["d" .. i] = {} end
local n, strings = 0, 0
for k, v in pairs(wv) do
  n = n + 1
  if type(k) == "string" and k:sub(1, 1) == "s" then strings = strings + 1 end
  collectgarbage()
end
print("weak values", n >= 12, strings, #wv)
collectgarbage()
n = 0
for k in pairs(wv) do n = n + 1 end
print("after", n)
