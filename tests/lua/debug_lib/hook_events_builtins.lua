-- hook events around builtins and Lua calls, one chunk per line run under pcall: names seen by
-- getinfo(2) in call/return hooks (pcall, error, metamethods, iterators, gsub callbacks, tail
-- calls), count hooks, and line events of loaded chunks (loops, if/else, local functions).
local chunks = {
  [=[local t = {} debug.sethook(function(e, l) t[#t+1] = e .. (l or "") end, "crl") local x = 1 debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} local function f() return 1 end debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") f() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "S").what) end, "cr") local s = tostring(1) debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") local s = ("x"):upper() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") pcall(error, "x") debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") table.sort({3, 1, 2}, function(a, b) return a < b end) debug.sethook() return #t]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") local ok = pcall(function() error("e") end) debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e end, "c") local co = coroutine.wrap(function() coroutine.yield(1) end) co() co() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} local mt = setmetatable({}, {__index = function() return 1 end}) debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") local v = mt.x debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") for k in pairs({1}) do end debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") local s = string.gsub("ab", "%w", string.upper) debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e) t[#t+1] = e .. ":" .. tostring(debug.getinfo(2, "n").name) end, "cr") local f = loadstring("return 1") f() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} local function r(n) if n > 0 then return r(n - 1) end return 0 end debug.sethook(function(e) t[#t+1] = e end, "cr") r(3) debug.sethook() return table.concat(t, " ")]=],
  [=[local n = 0 debug.sethook(function() n = n + 1 end, "", 100) for i = 1, 1000 do end debug.sethook() return n > 5 and n < 50]=],
  [=[local t = {} debug.sethook(function(e, l) t[#t+1] = debug.getinfo(2, "S").short_src .. ":" .. l end, "l") local f = loadstring("local a = 1\nlocal b = 2\nreturn a + b", "=chunk") f() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e, l) t[#t+1] = l end, "l") local f = loadstring("\n\nlocal a = 1\n\n\nreturn a") f() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e, l) t[#t+1] = l end, "l") local f = loadstring("for i = 1, 3 do\nlocal x = i\nend\nreturn 1") f() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e, l) t[#t+1] = l end, "l") local f = loadstring("local i = 0\nwhile i < 2 do\ni = i + 1\nend\nreturn 1") f() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e, l) t[#t+1] = l end, "l") local f = loadstring("local function g()\nreturn 1\nend\nlocal y = g()\nreturn y") f() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e, l) t[#t+1] = l end, "l") local f = loadstring("if false then\nx = 1\nelse\nx = 2\nend") f() debug.sethook() return table.concat(t, " ")]=],
  [=[local t = {} debug.sethook(function(e, l) t[#t+1] = l end, "l") local f = loadstring("local a = 1\nrepeat\na = a + 1\nuntil a > 2") f() debug.sethook() return table.concat(t, " ")]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end
