-- call and return hooks around tail calls: the tail-called function's call is a "tail call"
-- event and its end one return, followed by "tail return" events in 5.1 for the lost frames.
local log = {}
local function hook(ev)
  local i = debug.getinfo(2, "nS")
  log[#log + 1] = ev .. ":" .. tostring(i.name) .. ":" .. i.what
end
local function leaf() return 1 end
local function mid() return leaf() end
local function top() return mid() end
local function notail() local r = mid() return r end
debug.sethook(hook, "cr")
top()
notail()
debug.sethook()
for _, l in ipairs(log) do print(l) end
log = {}
debug.sethook(hook, "r")
top()
debug.sethook()
print(table.concat(log, " "))
print(debug.gethook())
