-- inside a line hook: getinfo(2) describes the running function at the reported line, its
-- locals are visible with getlocal(2, i) and can be changed with setlocal.
local log = {}
local function hook(ev, line)
  local i = debug.getinfo(2, "Sl")
  local n, v = debug.getlocal(2, 1)
  if not n or n:sub(1, 1) == "(" then n, v = "-", "" end -- no local yet: stack slots differ
  if type(v) == "table" then v = "table" end
  log[#log + 1] = string.format("%s %d %s %d %s=%s", ev, line, i.short_src, i.currentline, tostring(n), tostring(v))
  if n == "x" and v == 2 then debug.setlocal(2, 1, 20) end
end
local function work()
  local x = 1
  x = x + 1
  x = x + 1
  return x
end
debug.sethook(hook, "l")
local r = work()
debug.sethook()
for _, l in ipairs(log) do print(l) end
print(r)
