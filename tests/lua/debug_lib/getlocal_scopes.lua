-- debug.getlocal/setlocal across scopes, one chunk per line run under pcall: varargs and the 5.1
-- "arg" local, hidden for-loop locals in suspended coroutines, shadowing, blocks that ended, and
-- a repeat loop's 'until' condition, which still sees the body's locals.
local chunks = {
  [=[local co = coroutine.create(function(...) local a = 1 coroutine.yield() end) coroutine.resume(co, 1, 2) return debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2), debug.getlocal(co, 1, 3)]=],
  [=[local co = coroutine.create(function(x, ...) local a = x coroutine.yield() end) coroutine.resume(co, 1, 2) return debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2), debug.getlocal(co, 1, 3)]=],
  [=[local co = coroutine.create(function(x) for i = 1, 2 do coroutine.yield() end end) coroutine.resume(co, 1) return debug.getlocal(co, 1, 2), debug.getlocal(co, 1, 3), debug.getlocal(co, 1, 4), debug.getlocal(co, 1, 5)]=],
  [=[local co = coroutine.create(function(x) for k, v in pairs({a=1}) do coroutine.yield() end end) coroutine.resume(co, 1) local t = {} for i = 1, 7 do t[i] = tostring((debug.getlocal(co, 1, i))) end return table.concat(t, ",")]=],
  [=[local function f(...) local t = {} for i = 1, 5 do t[i] = tostring((debug.getlocal(1, i))) end return table.concat(t, ",") end return f(1, 2, 3)]=],
  [=[local function f(a, ...) local b = arg return (debug.getlocal(1, 2)), b end return f(1, 2, 3)]=],
  [=[local function f(a, ...) return (debug.getlocal(1, 2)) end return f(1, 2, 3)]=],
  [=[local function f(a, ...) local n = select('#', ...) return (debug.getlocal(1, 2)) end return f(1, 2, 3)]=],
  [=[local function f(a, ...) local x = ... return debug.getlocal(1, 2) end return f(1, 2, 3)]=],
  [=[local function f(a, ...) local x = arg return debug.getlocal(1, 2) end return f(1, 2, 3)]=],
  [=[local function f(...) return debug.getlocal(1, 1) end return f(1, 2, 3)]=],
  [=[local function f(...) local t = arg return debug.getlocal(1, 1) end return (f(1, 2, 3))]=],
  [=[local function f(...) local t = arg return #t, t.n end return f(1, nil, 3)]=],
  [=[local function f() local a, b, c = 1 do local d = 4 end local e = 5 local t = {} for i = 1, 9 do t[i] = tostring((debug.getlocal(1, i))) end return table.concat(t, ",") end return f()]=],
  [=[local function f() local a = 1 do local b = 2 return (debug.getlocal(1, 2)) end end return f()]=],
  [=[local function f() local a = 1 while true do local w = 1 break end return (debug.getlocal(1, 2)) end return f()]=],
  [=[local function f() local a = 1 repeat local r = 1 until (debug.getlocal(1, 2)) == "r" return "ok" end return f()]=],
  [=[local function f() local x, y = 1, 2 local x = 3 return debug.getlocal(1, 3) end return f()]=],
  [=[local function f() local function g() end return debug.getlocal(1, 1) end return f()]=],
  [=[local function f() local a = 1 debug.setlocal(1, 1, "changed") return a end return f()]=],
  [=[local function f() local a = 1 local function g() return a end debug.setlocal(1, 1, "captured") return a, g() end return f()]=],
  [=[local function f(p) local function g() p = p .. "!" return p end debug.setlocal(1, 1, "x") return g(), p end return f("p")]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end
local function show(tag) local t = {} local i = 1 while true do local n, v = debug.getlocal(2, i) if not n then break end t[#t+1] = n .. "=" .. tostring(v) i = i + 1 end print(tag, table.concat(t, " ")) return true end
local function f()
  local a = 1
  local n = 0
  repeat
    local r = n * 10
    do local inner = 5 end
    local s = "s"
    n = n + 1
  until show("until") and n >= 2
  show("after")
  repeat local q = 1 until show("once")
  for i = 1, 2 do
    repeat local z = i until show("nested")
  end
end
f()
