-- == and ~= on operands of mixed types at one site: values of different types are never
-- equal, tables only through an __eq both metatables share, booleans and numbers by value.
local eqmt = {__eq = function(a, b) return a.id == b.id end}
local other = {__eq = function(a, b) return true end}
local a1 = setmetatable({id = 1}, eqmt)
local a2 = setmetatable({id = 1}, eqmt)
local b = setmetatable({id = 1}, other)
local plain = {id = 1}
local u1, u2 = newproxy(true), newproxy(true)
getmetatable(u1).__eq = function() return true end
getmetatable(u2).__eq = getmetatable(u1).__eq
local f = function() end
local values = {a1, a2, b, plain, 1, "1", true, false, f, print, u1, u2, 0}
local function cmp(x, y) return x == y, x ~= y end
local out = {}
for round = 1, 300 do
  for i = 1, #values do
    for j = 1, #values do
      local e, ne = cmp(values[i], values[j])
      if round == 300 then out[#out + 1] = (e and "=" or ".") .. (ne and "" or "") end
    end
    if round == 300 then out[#out + 1] = "\n" end
  end
  local e1, ne1 = cmp(nil, values[round % #values + 1])
  local e2 = cmp(values[round % #values + 1], nil)
  if e1 or e2 or not ne1 then print("nil compared equal", round) end
end
io.write(table.concat(out))
local n = 0
local node = {next = {next = {next = nil}}}
for i = 1, 10000 do
  local t = node
  while t ~= nil do n = n + 1; t = t.next end
end
print(n, cmp(nil, nil), cmp(false, nil), cmp(0, false))
