-- Passing and returning many values (thousands) through varargs and unpack.
local t = {}
for i = 1, 5000 do t[i] = i end
local function count(...) return select("#", ...) end
print(count(unpack(t)))
local function sum(...)
  local s = 0
  local args = {...}
  for i = 1, #args do s = s + args[i] end
  return s
end
print(sum(unpack(t)))
local function ident(...) return ... end
print(select("#", ident(unpack(t))))
print(select(4999, unpack(t)))
print(string.char(unpack({72, 101, 108, 108, 111})))
print(math.max(unpack(t)))
