-- __index as a table: lookup chains through several levels; raw fields win.
local base = {a = "base.a", b = "base.b"}
local mid = setmetatable({b = "mid.b"}, {__index = base})
local obj = setmetatable({c = "obj.c"}, {__index = mid})
print(obj.a, obj.b, obj.c, obj.d)
print(rawget(obj, "a"), rawget(obj, "c"))
base.d = "late"
print(obj.d)
obj.a = "own"
print(obj.a, base.a)
local chain = {}
local cur = chain
for i = 1, 50 do
  local nxt = {}
  setmetatable(cur, {__index = nxt})
  cur = nxt
end
cur.deep = "found"
print(chain.deep)
