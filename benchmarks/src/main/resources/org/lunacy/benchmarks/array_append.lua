-- Appends to the array part with t[#t+1] = v, then reads it back by index.
return function(n)
  local t = {}
  for i = 1, n do
    t[#t + 1] = i
  end
  local s = 0
  for i = 1, #t do
    s = s + t[i]
  end
  return s
end
