-- string.find with a pattern and a capture over prebuilt lines.
local lines = {}
for i = 1, 100 do
  lines[i] = "item " .. i .. " = " .. (i * 37 % 1000) .. " units"
end

return function(n)
  local s = 0
  for i = 1, n do
    local a, b, num = string.find(lines[i % 100 + 1], "=%s*(%d+)")
    s = s + b + tonumber(num)
  end
  return s
end
