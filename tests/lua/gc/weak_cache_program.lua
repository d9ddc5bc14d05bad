-- A memoising cache with weak values and an object registry with weak keys, as programs use
-- them: entries disappear after collectgarbage() only when nothing else refers to them.
local cache = setmetatable({}, {__mode = "v"})
local made = 0
local function get(name)
  local obj = cache[name]
  if not obj then made = made + 1; obj = {name = name}; cache[name] = obj end
  return obj
end
local keep = get("kept")
get("dropped")
print(made, cache.kept ~= nil, cache.dropped ~= nil)
collectgarbage(); collectgarbage()
print(cache.kept == keep, cache.dropped)
get("dropped")
print(made)
local registry = setmetatable({}, {__mode = "k"})
local live = {}
for i = 1, 6 do
  local o = {id = i}
  registry[o] = "meta" .. i
  if i % 3 == 0 then live[#live + 1] = o end
end
collectgarbage(); collectgarbage()
local ids = {}
for o, m in pairs(registry) do ids[#ids + 1] = o.id .. ":" .. m end
table.sort(ids)
print(table.concat(ids, " "))
local strong = setmetatable({}, {__mode = ""})
strong[{}] = 1
collectgarbage()
print(next(strong) ~= nil)
local both = setmetatable({}, {__mode = "kv"})
both[1] = {}
both[{}] = 2
both.s = "str"
collectgarbage(); collectgarbage()
local n = 0
for k, v in pairs(both) do n = n + 1 end
print(n, both.s)
