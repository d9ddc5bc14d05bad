-- Compiler limits met by generated code: long right-associative concat chains (syntax levels),
-- long sums, 200 locals, nested calls and constructors, 300 call arguments vs constructor items.
for _, n in ipairs({100, 198, 199, 200, 250, 300}) do
  local parts = {}
  for i = 1, n do parts[i] = "'a'" end
  local f, e = loadstring("return " .. table.concat(parts, " .. "))
  print(n, f and #f() or e)
end
for _, n in ipairs({100, 200, 250, 300}) do
  local parts = {}
  for i = 1, n do parts[i] = "1" end
  local f, e = loadstring("return " .. table.concat(parts, " + "))
  print(n, f and f() or e)
end
for _, n in ipairs({100, 200, 250}) do
  local parts = {}
  for i = 1, n do parts[i] = "x" .. i end
  local f, e = loadstring("local " .. table.concat(parts, ", ") .. " = 1")
  print(n, f and "ok" or e)
end
for _, n in ipairs({50, 100, 150, 200, 255, 300}) do
  local parts = {}
  for i = 1, n do parts[i] = "f(" end
  local f, e = loadstring("return " .. table.concat(parts) .. string.rep(")", n))
  print(n, f and "ok" or e)
end
for _, n in ipairs({200, 300}) do
  local parts = {}
  for i = 1, n do parts[i] = "{" end
  local f, e = loadstring("return " .. table.concat(parts) .. string.rep("}", n))
  print(n, f and "ok" or e)
end
local args = {}
for i = 1, 300 do args[i] = tostring(i) end
local f, e = loadstring("return select('#', " .. table.concat(args, ", ") .. ")")
print(f and f() or e)
local f2, e2 = loadstring("return {" .. table.concat(args, ", ") .. "}")
print(f2 and #f2() or e2)
