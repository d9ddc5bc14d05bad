-- Calls of a function stored in a global variable (a lookup in the globals table each time).
function add3(a, b, c)
  return a + b + c
end

return function(n)
  local s = 0
  for i = 1, n do
    s = add3(s, i, 1)
  end
  return s
end
