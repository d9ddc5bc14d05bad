-- A coroutine.wrap iterator yielding multiple values per step in a generic for.
local function pairs_sorted(t)
  return coroutine.wrap(function()
    local keys = {}
    for k in pairs(t) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do coroutine.yield(k, t[k]) end
  end)
end
for k, v in pairs_sorted({b = 2, a = 1, c = 3}) do print(k, v) end
