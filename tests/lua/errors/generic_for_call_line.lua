-- The iterator call of a generic for (OP_TFORLOOP) is on the line where the
-- expression list starts, not the line of 'for': errors calling a
-- non-function iterator and the current line seen from inside the iterator.
print(pcall(loadstring"\n\n for k,v in \n 3 \n do \n print(k) \n end"))
print(pcall(loadstring"\n local a \n for k,v in 3 \n do \n print(k) \n end"))
print(pcall(loadstring"for k\n,v\nin\nnil\ndo end"))
local function iter(s, c)
  if c < 2 then
    print("called from line", debug.getinfo(2, "l").currentline)
    return c + 1
  end
end
for i
  in
  iter, nil, 0 do
  print(i)
end
local ok, msg = pcall(function ()
  for k in
    next, {}, "nokey" do
  end
end)
print(ok, msg)
print(pcall(function ()
  for k in
    function () error("boom", 2) end do
  end
end))
