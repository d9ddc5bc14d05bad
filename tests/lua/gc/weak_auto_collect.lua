-- Weak tables are cleared by the collector running on its own as the program allocates, without
-- a call to collectgarbage; collectgarbage("stop") holds that off until "restart".
local cache = setmetatable({}, {__mode = "k"})
local function fill(n)
  for i = 1, n do cache[{}] = i end
end
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

fill(100)
print("filled", count(cache) <= 100)

-- allocate until the collector has run (bounded so that a failure ends)
local rounds = 0
local probe = setmetatable({{}}, {__mode = "v"})
while probe[1] and rounds < 5e7 do
  local s = {rounds, rounds .. "x"}
  rounds = rounds + 1
end
print("probe cleared", probe[1] == nil, "cache emptied", count(cache) == 0)

-- a weak-valued memo cache does not keep what only it holds
local memo = setmetatable({}, {__mode = "v"})
local i = 0
repeat
  i = i + 1
  memo[i] = {i}
until memo[1] == nil or i >= 2e7
print("memo cleared", memo[1] == nil)

-- while stopped, nothing is cleared however much is allocated
collectgarbage()
collectgarbage("stop")
local held = setmetatable({{}}, {__mode = "v"})
for i = 1, 400000 do local s = {i} end
print("stopped keeps", held[1] ~= nil)
collectgarbage("restart")
collectgarbage()
print("collected", held[1] == nil)
