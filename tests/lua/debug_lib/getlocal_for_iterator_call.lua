-- While a generic for calls its iterator (directly or through tail calls), the loop's function
-- has the three control locals but not the loop variables, whose scope is the body only.
local function names(level)
  local t = {}
  for i = 1, 10 do
    local n, v = debug.getlocal(level + 1, i)
    if not n then break end
    t[#t + 1] = n .. "=" .. type(v)
  end
  return table.concat(t, " ")
end
local function iter(s, c)
  print("iterator", names(2))
  if c < 2 then return c + 1, "x" end
end
local function viaTail(s, c) return iter(s, c) end
local function viaTwo(s, c) return viaTail(s, c) end
local before = 1
for i, v in iter, nil, 0 do
  local inner = i
  print("body", names(1))
end
for i, v in viaTail, nil, 0 do print("body", names(1)) end
for i, v in viaTwo, nil, 0 do print("body", names(1)) end
local n = 0
for k in function() n = n + 1 if n < 3 then return viaTail(nil, n) end end do
  print("body", names(1))
end
