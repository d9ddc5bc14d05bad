-- A suspended coroutine that nothing refers to any more is garbage: a weak table lets it go
-- on a full collection, and so do the values only its suspended frames held.
local weak = setmetatable({}, {__mode = "k"})
local function suspend(n)
  local payload = {n}
  local co = coroutine.create(function(t)
    local inner = {t}
    coroutine.yield(#inner)
    return inner
  end)
  assert(coroutine.resume(co, payload))
  weak[co] = true
  weak[payload] = true
  return co
end
local kept = suspend(1)
for i = 2, 100 do suspend(i) end
collectgarbage()
local n = 0
for k in pairs(weak) do n = n + 1 end
print("left after collect", n, coroutine.status(kept))
local ok, inner = coroutine.resume(kept)
print(ok, type(inner), inner[1][1], coroutine.status(kept))
