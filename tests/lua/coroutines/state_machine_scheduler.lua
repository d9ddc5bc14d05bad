-- A round-robin scheduler of coroutine tasks: tasks yield, sleep for ticks, spawn children,
-- fail with errors (reported, not fatal) and finish; the trace order is deterministic.
local tasks, trace, tick = {}, {}, 0
local function spawn(name, fn, ...)
  local co = coroutine.create(fn)
  tasks[#tasks + 1] = {name = name, co = co, args = {...}, wake = 0}
end
local function log(s) trace[#trace + 1] = tick .. ":" .. s end
local function sleep(n) coroutine.yield("sleep", n) end
spawn("counter", function(limit)
  for i = 1, limit do log("count" .. i); coroutine.yield() end
  return "counted"
end, 3)
spawn("sleeper", function()
  log("sleep start"); sleep(3); log("sleep end")
end)
spawn("parent", function()
  log("parent"); spawn("child", function() log("child runs"); error("child failed") end)
  coroutine.yield()
  log("parent done")
end)
while #tasks > 0 do
  tick = tick + 1
  local i = 1
  while i <= #tasks do
    local t = tasks[i]
    if t.wake <= tick then
      local ok, a, b = coroutine.resume(t.co, unpack(t.args))
      t.args = {}
      if not ok then log(t.name .. " error: " .. tostring(a):gsub("^.-:%d+: ", ""))
      elseif a == "sleep" then t.wake = tick + b end
      if coroutine.status(t.co) == "dead" then
        if ok then log(t.name .. " finished " .. tostring(a)) end
        table.remove(tasks, i)
      else i = i + 1 end
    else i = i + 1 end
  end
  if tick > 20 then break end
end
print(table.concat(trace, "\n"))
print("ticks", tick)
