-- debug.sethook line events: new lines, loops jumping back (for, for-in, while, repeat),
-- if/elseif/else, function definitions (reported on their 'end' line), calls into functions.
local lines = {}
local function record(event, line)
  lines[#lines + 1] = line
  assert(event == "line")
  assert(debug.getinfo(2, "l").currentline == line)
end
local function flush(what)
  print(what, table.concat(lines, " "))
  lines = {}
end
local function f(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  while s > 3 do
    s = s - 3
  end
  if s == 0 then
    s = 10
  elseif s == 1 then
    s = 11
  else
    s = 20
  end
  return s
end
debug.sethook(record, "l")
local r = f(3)
debug.sethook()
flush("f(3)")
debug.sethook(record, "l")
r = f(4)
debug.sethook()
flush("f(4)")
debug.sethook(record, "l")
for k, v in ipairs({1, 2}) do
  local x = v
end
for i = 1, 3 do local y = i end
for i = 1, 0 do local y = i end
local t = {}
function t.m()
end
function gg()
end
local z = function()
end
local function lf()
  return 1
end
lf()
repeat
  r = r - 1
until r < 8
local n = 0
while n < 2 do n = n + 1 end
if not z then
  z = 1
elseif t then
  z = 2
end
local function noreturn(a)
  a = a + 1
end
noreturn(1)
debug.sethook()
flush("misc")
