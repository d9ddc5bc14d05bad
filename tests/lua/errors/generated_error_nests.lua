-- Generated nests of pcall, xpcall, rethrow with levels, coroutine.wrap/resume, method and tail
-- calls around error() with values of each type and levels 0-3, and runtime errors.
SEED = 3
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local values = {'"msg"', "42", "nil", "{}", "true", '"x" .. 1', "setmetatable({}, {__tostring = function() return 'TS' end})"}
local wrappers = {
  function(inner) return "pcall(function() " .. inner .. " end)" end,
  function(inner) return "select(2, pcall(function() " .. inner .. " end))" end,
  function(inner) return "xpcall(function() " .. inner .. " end, function(m) return 'H:' .. (type(m) == 'table' and not getmetatable(m) and 'table' or tostring(m)) end)" end,
  function(inner) return "(function() local ok, e = pcall(function() " .. inner .. " end); error(e, " .. rnd(3) .. ") end)()" end,
  function(inner) return "coroutine.wrap(function() " .. inner .. " end)()" end,
  function(inner) return "select(2, coroutine.resume(coroutine.create(function() " .. inner .. " end)))" end,
  function(inner) return "obj:method(function() " .. inner .. " end)" end,
  function(inner) return "tailer(function() " .. inner .. " end)" end,
}
local lines = {"local obj = {}", "function obj:method(f) return f() end", "local function tailer(f) return f() end", "local out = {}",
  "local function show(...) local t = {n = select('#', ...), ...} for i = 1, t.n do local v = t[i] t[i] = type(v) == 'table' and (getmetatable(v) and tostring(v) or 'table') or tostring(v) end out[#out + 1] = table.concat(t, ' ', 1, t.n) end"}
for i = 1, 150 do
  local inner = "error(" .. values[rnd(#values) + 1] .. ", " .. rnd(4) .. ")"
  if rnd(4) == 0 then inner = "local t = nil; return t.field" end
  for d = 1, rnd(3) + 1 do inner = "return " .. wrappers[rnd(#wrappers) + 1](inner) end
  lines[#lines + 1] = "show(" .. i .. ", pcall(function() " .. inner .. " end))"
end
lines[#lines + 1] = "return table.concat(out, '\\n')"
print(assert(loadstring(table.concat(lines, "\n"), "=errs"))())
