-- An xpcall message handler runs where the error was raised (before unwinding): the
-- locals of the levels the error passes through are readable with debug.getlocal.

local function show(level)
  local i = 1
  local parts = {}
  while true do
    local name, value = debug.getlocal(level, i)
    if not name then break end
    if name:sub(1, 1) ~= "(" or name:sub(1, 5) == "(for " then
      local t = type(value)
      parts[#parts + 1] = name .. "=" .. ((t == "table" or t == "function") and t or tostring(value))
    end
    i = i + 1
  end
  return table.concat(parts, " ")
end

-- error() at level 1: the handler is level 1, error level 2, the failing function level 3
print(xpcall(function()
  local x
  local y = 10
  error("emsg")
end, function(m)
  print("level 3:", show(4))
  return m .. " handled"
end))

-- an error raised by the VM (no error() level in between; its temporaries are left out)
print(xpcall(function(a)
  local z = 7
  local w = z + nil
end, function(m)
  print("level 2:", show(3))
  return m
end))

-- error(msg, 2): the caller's locals, two Lua levels down
print(xpcall(function()
  local function f(p) local q = p * 2; error("up", 2) end
  local before = "b"
  f(21)
end, function(m)
  print("level 3:", show(4))
  print("level 4:", show(5))
  return m
end))

-- loop control variables and nested blocks
print(xpcall(function()
  for i = 1, 3 do
    local sq = i * i
    if i == 2 then
      for k, v in pairs({ a = 1 }) do
        local inner = v
        error("in loop")
      end
    end
  end
end, function(m)
  print("loop:", show(4))
  return m
end))

-- setlocal in the handler changes nothing the program can see afterwards
local seen
print(xpcall(function()
  local s = "old"
  seen = function() return s end
  error("x")
end, function(m)
  print(debug.setlocal(3, 1, "new"))
  return m
end))
print(seen())

-- a handler whose own errors are handled again, still seeing the first error's levels
print(xpcall(function()
  local deep = "d"
  error({})
end, function(m)
  return type(m) .. " " .. show(4)
end))
