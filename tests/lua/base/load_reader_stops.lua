-- load(reader) calls the reader only as far as the scanner gets: a syntax
-- error stops the reading (as PUC's luaZ_fill does), a chunk that parses is
-- read to its end, and a binary chunk is read whole.
local i
local function read1 (x)
  return function ()
    i = i + 1
    return string.sub(x, i, i)
  end
end
local function try (s, name)
  i = 0
  local f, err = load(read1(s), name)
  print(f and "function" or f, err, i)
  return f
end
try("*a = 123")
try("x = 1 +* 2 and more text")
print(try("return 1 + 2")(), i)
try("return [[abc\ndef")
try("x = 'abc")
try("x = 1 y", "=name")
try("local t = {1, 2,, 3}")
try("return 1 --[==[ c ]==] + 1")
print(try("return 0x10, 1e2, 3.5e-1, 'a\\tb', \"x\\\ny\"")())
print(pcall(load, function () error("hhi") end))
print(pcall(load, function () return {} end))
local n = 0
print(load(function ()
  n = n + 1
  if n == 1 then return "return " elseif n == 2 then return 42 end
end)())
local code = [[
  return function (x)
    return function (y)
     return function (z)
       return x+y+z
     end
   end
  end
]]
print(try(code)()(2)(3)(10))
i = 0
print(load(read1(string.dump(function () return 7 end)))())
-- pieces of several chars; the reader is not called again after the error
local pieces = {"local a = ", "1\nlocal b = ", "= 2\n", "print('never')"}
n = 0
print(load(function () n = n + 1; return pieces[n] end, "=pieces"))
print(n)
