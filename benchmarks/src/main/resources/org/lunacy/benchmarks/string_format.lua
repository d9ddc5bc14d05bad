-- string.format with integer, float and string conversions.
return function(n)
  local len = 0
  for i = 1, n do
    local s = string.format("item %d = %5.2f [%s]", i, i / 7, "ok")
    len = len + #s
  end
  return len
end
