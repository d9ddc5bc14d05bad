-- Field reads and writes with constant string keys on one table (the hash part):
-- the case of hash-slot witnesses.
return function(n)
  local p = {x = 0, y = 0, dx = 1, dy = 2}
  for i = 1, n do
    p.x = p.x + p.dx
    p.y = p.y + p.dy + p.x
    p.dx = p.dy - p.dx
    p.dy = p.dy + 1
  end
  return p.x + p.y + p.dx
end
