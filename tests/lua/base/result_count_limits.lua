-- How many values a C function may push: unpack and string.byte succeed up to
-- the C stack limit and fail past it with their own messages; string.char takes
-- hundreds of arguments.
for _, n in ipairs({7900, 7990, 7995, 7998, 7999, 8000, 8001, 9000}) do
  print(n, pcall(function() return select("#", unpack({}, 1, n)) end))
end
local s = ("x"):rep(10000)
for _, n in ipairs({7900, 7990, 7995, 7998, 7999, 8000, 8001, 9000}) do
  print(n, pcall(function() return select("#", s:byte(1, n)) end))
end
local t = {}
for i = 1, 300 do t[i] = 65 end
print(#string.char(unpack(t)))
