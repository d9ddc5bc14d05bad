-- luaV_gettable follows at most 100 __index tables (MAXTAGLOOP) whatever the key's form
local function chain(n)
  local t = {}
  local cur = t
  for i = 1, n do
    local nx = {}
    setmetatable(cur, {__index = nx})
    cur = nx
  end
  cur.x = 1
  cur.m = function(self) return "m" end
  return t
end
for _, n in ipairs{3, 4, 5, 98, 99, 100, 101, 103, 104} do
  local t = chain(n)
  local k = "x"
  print(n, pcall(function() return t.x end))
  print(n, pcall(function() return t[k] end))
  print(n, pcall(function() return t:m() end))
  print(n, pcall(function() return t.absent end))
end
-- the same sites once they have run many times
local t99, t100 = chain(99), chain(100)
local function get(t) return t.x end
for i = 1, 3000 do get(t99) end
print(pcall(get, t99))
print(pcall(get, t100))
-- __newindex chains have the same limit
local function wchain(n)
  local t = {}
  local cur = t
  for i = 1, n do
    local nx = {}
    setmetatable(cur, {__newindex = nx})
    cur = nx
  end
  return t, cur
end
for _, n in ipairs{99, 100, 101} do
  local t, last = wchain(n)
  print(n, pcall(function() t.y = 5 end), rawget(last, "y"))
end
