-- A buffer of pieces filled in a loop and joined with table.concat.
return function(n)
  local buf = {}
  for i = 1, n do
    buf[i] = "x" .. (i % 10)
  end
  return #table.concat(buf, ",")
end
