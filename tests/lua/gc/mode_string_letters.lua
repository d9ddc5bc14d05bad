-- __mode is searched for the letters 'k' and 'v' anywhere in the string (case matters);
-- non-string modes make no weak table.
local function test(mode)
  local t = setmetatable({}, {__mode = mode})
  t[{}] = 1          -- collectable key, plain value
  t.v = {}           -- plain key, collectable value
  collectgarbage(); collectgarbage()
  local keys, vals = 0, 0
  for k, v in pairs(t) do
    if type(k) == "table" then keys = keys + 1 end
    if k == "v" then vals = vals + 1 end
  end
  return keys, vals
end
for _, m in ipairs({"k", "v", "kv", "vk", "key", "value", "Kv", "KV", "", "xyz", "weak keys", "vvvv"}) do
  print(string.format("%-10q", m), test(m))
end
print(test(1), test(true), test({}))
