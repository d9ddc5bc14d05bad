-- limits on how many values unpack, string.byte and coroutines may return (LUAI_MAXCSTACK)
local t = {}
for i = 1, 8000 do t[i] = i end
for _, n in ipairs({7990, 7996, 7997, 7998, 7999, 8000}) do
  local ok, r = pcall(function() return select('#', unpack(t, 1, n)) end)
  print(n, ok, r)
end
print(pcall(function() return select('#', unpack({}, 1, 2^31)) end))
print(pcall(function() return select('#', unpack({}, -2^31, 2^31)) end))
local function many(...) return select('#', ...) end
print(pcall(function() return many(unpack(t, 1, 7000)) end))
local s = string.rep("a", 100)
print(pcall(function() return select('#', s:byte(1, -1)) end))
local big = string.rep("x", 9000)
print(pcall(function() return select('#', big:byte(1, -1)) end))
print(pcall(string.char, unpack(t, 1, 300)))
