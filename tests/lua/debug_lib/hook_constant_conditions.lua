-- Line hooks and activelines: a while/if/elseif/until whose condition is a constant true
-- value (true, a number, a string, folded constants) has no test instruction in 5.1.
local lines = {}
local function f(n)
  if true then
    n = 1
  end
  if 1 then n = 2 end
  if not nil then
    n = 3
  elseif n then
    n = 4
  end
  if false then
    n = 5
  else
    n = 6
  end
  while not nil do
    break
  end
  while (1) do
    n = n + 1
    if n > 7 then break end
  end
  if "s" then
    n = 0
  else
    n = 1
  end
  if n then
    n = 2
  elseif 2 + 3 then
    n = 3
  end
  if n == 5 then
    n = 1
  elseif 2 + 3 then
    n = 3
  end
  repeat
    n = n + 1
  until 0
  while true do
    n = n - 1
    if n < 2 then break end
  end
  return n
end
debug.sethook(function(e, l) lines[#lines + 1] = l end, "l")
f()
debug.sethook()
print(table.concat(lines, " "))
local al = {}
for l in pairs(debug.getinfo(f, "L").activelines) do al[#al + 1] = l end
table.sort(al)
print(table.concat(al, " "))
