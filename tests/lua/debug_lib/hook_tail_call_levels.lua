-- In the call hook of a function entered by a tail call, the calling function is still a level
-- (its line, name, function and locals), and each "tail return" event sees one "(tail call)"
-- level fewer than the one before.
local function show(v)
  local t = type(v)
  return (t == "table" or t == "function") and t or tostring(v)
end
local function hook(ev)
  local i2 = debug.getinfo(2, "nS")
  if i2.what == "main" or i2.what == "C" then return end
  local i3 = debug.getinfo(3, "nSlf")
  local i4 = debug.getinfo(4, "nSl")
  local name, value = debug.getlocal(3, 1)
  print(ev, i2.name, i3 and i3.currentline, i3 and i3.short_src, i3 and i3.name, i3 and i3.what,
    i3 and (i3.func == b or i3.func == m), i4 and i4.currentline, i4 and i4.name, i4 and i4.what,
    name, show(value))
end
function c(n) return n end
function b(n) if n > 0 then return b(n - 1) end return c(n) end
function tc(x) return tostring(x) end
local t = {}
function t:m(n) if n > 0 then return self:m(n - 1) end return n end
m = t.m
function a()
  local x = b(2)
  local y = tc(5)
  local z = t:m(2)
  return x
end
local function traced()
  a()
  pcall(b, 1)
  local proxy = setmetatable({}, {__index = function(_, k) return b(k) end})
  local _ = proxy[1]
end
debug.sethook(hook, "cr")
traced()
debug.sethook()
-- the tail call's caller in a traceback taken by the call hook
debug.sethook(function(ev)
  if debug.getinfo(2, "n").name == "c" then print(debug.traceback("in hook", 2)) end
end, "c")
b(2)
debug.sethook()
