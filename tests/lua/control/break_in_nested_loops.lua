-- break leaves only the innermost loop (numeric for, generic for, while, repeat), also from
-- inside nested do-blocks and if-chains; loop variables after the loop are not visible.
local out = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    out[#out + 1] = i .. "." .. j
  end
end
print(table.concat(out, " "))
out = {}
local i = 0
while true do
  i = i + 1
  repeat
    local k = i
    do
      if k % 2 == 0 then break end
      out[#out + 1] = "odd" .. k
    end
  until true
  if i >= 5 then break end
end
print(table.concat(out, " "))
out = {}
for k, v in pairs({10, 20, 30}) do
  for w in string.gmatch("a b c", "%a") do
    if w == "b" then break end
    out[#out + 1] = v .. w
  end
  if k == 2 then break end
end
print(table.concat(out, " "))
local n = 0
repeat
  n = n + 1
  if n == 3 then break end
until false
print(n)
print(loadstring("break"))
print(loadstring("if x then break end"))
print(loadstring("do break end"))
print(loadstring("while 1 do local function f() break end end"))
print(type(loadstring("while 1 do do break end end")))
local fns = {}
for idx = 1, 5 do
  fns[#fns + 1] = function() return idx end
  if idx == 3 then break end
end
print(#fns, fns[1](), fns[3]())
