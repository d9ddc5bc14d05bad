-- break leaves only the innermost loop; works in for, while, repeat.
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    io.write(i, ",", j, " ")
  end
end
print()
local i = 0
while true do
  i = i + 1
  if i > 4 then break end
end
print(i)
local r = 0
repeat
  r = r + 1
  if r == 2 then break end
until false
print(r)
for k, v in pairs({1, 2, 3}) do
  if v == 2 then break end
end
for i = 1, 10 do
  do
    if i == 2 then break end
  end
  io.write("iter", i, " ")
end
print()
