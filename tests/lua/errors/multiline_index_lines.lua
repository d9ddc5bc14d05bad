-- The line of an indexing error in a multi-line expression is where lua5.1 emits the read:
-- when the value is needed (the ')' closing call arguments, the '}' closing a constructor,
-- the ']' of an index, the next operator), and a method lookup is on the method name's line.
local function try(f) print(select(2, pcall(f))) end
local a = {}

try(function()
  print(
    a.x.y
  )
end)
try(function()
  print(1,
    a.x.y,
    2)
end)
try(function()
  local t = {
    1,
    a.x.y
  }
end)
try(function()
  local t = {
    a.x.y
    ;
    2,
  }
end)
try(function()
  local t = {
    k = a.x.y
    ,
  }
end)
try(function()
  return a
    .x
    [
      1
    ]
end)
try(function()
  local v = a.x
    [1] + 1
end)
try(function()
  return 1 +
    a.x
    .y
end)
try(function()
  local s = a.x.y
    .. "z"
end)
try(function()
  local n
  return n:m
    "arg"
end)
try(function()
  local n
  return n
    :m()
end)

local function chunk(s)
  local f = assert(loadstring(s, "=chunk"))
  print(select(2, pcall(f)))
end
chunk("local t = {\nx.y\n}")
chunk("local t = {\nx.y\n,\n2}")
chunk("local t = {\n1,\nx.y\n,\n}")
chunk("local t = {\nx.y\n\n\n;}")
chunk("local t = {\nx\n.\ny\n}")
chunk("local f = print\nf(\nx.y\n)")
chunk("local f = print\nf(\nx.y\n,\n2)")
chunk("local a, b = \nx\n.y\n,\n1")
chunk("a, b = \nx\n.y\n,\n1")
chunk("return\nx\n.y\n,\n1")
chunk("local a = x\n.y\n..\n'z'")
chunk("local a = x\n.y\n+ 1")
chunk("local a = x\n.y\n== 1")
chunk("local a = x\n.y\nand 1")
chunk("print(#\nx\n.y)")
chunk("local a = {}\nlocal b = a\n.b\n[\n1\n]")
chunk("local a = {}\nlocal b = a.x\n[\n1\n]\n+ 1")
chunk("local a = {}\nlocal t = a[a\n.x\n.y\n]")
chunk("local a\nlocal b = a:m\n'x'")
chunk("local a = {}\nlocal b = a:m\n{}")
