-- A numeric for loop with floating-point arithmetic on locals.
return function(n)
  local x, s = 0.5, 0.0
  for i = 1, n do
    s = s + x * 1.0001 + i / 3
    x = x * 0.999 + 0.25
  end
  return s
end
