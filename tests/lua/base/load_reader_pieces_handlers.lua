-- load with reader functions: pieces that are numbers, empty strings (end), non-strings and
-- errors; the reader's errors (and "must return a string") pass through an xpcall handler.
local function reader(pieces)
  local i = 0
  return function() i = i + 1; return pieces[i] end
end
print(load(reader({"return ", "1 + ", "2"}))())
print(load(reader({"return 1", "", "+ 5"}))())
print(load(reader({"return ", 42}))())
print(pcall(function() return load(reader({"return ", {}})) end))
print(pcall(function() return load(reader({"return ", true})) end))
print(type(load(reader({}))))
print(load(reader({"x = "}), "=mychunk"))
print(load(reader({"return ..."}))(7, 8))
print(pcall(load))
print(pcall(load, "return 1"))
print(pcall(function() return load(function() error("reader failed") end) end))
print(pcall(function() return select("#", load(function() error({}) end)) end))
local n = 0
print(load(function() n = n + 1; if n == 1 then return "return 'ok'" end end, "@named.lua")())
local f = load(reader({"local a = 1\n", "error('boom')"}), "=pieces")
print(pcall(f))
print(load(reader({"\27Lua"})))
print(load(reader({"#!shebang\nreturn 1"})))
local function H(m) return "H:" .. tostring(m) end
print(xpcall(function() return load(function() return {} end) end, H))
print(xpcall(function() return load(function() error("x") end) end, H))
print(xpcall(function() return load(function() return true end) end, function(m) return (debug.traceback("T:" .. m, 1):gsub("\n.*", "")) end))
print(xpcall(function() return load(function() return {} end) end, function(m) error("again") end))
local co = coroutine.wrap(function() return load(function() return {} end) end)
print(co())
