-- Arithmetic metamethods: the first operand's handler is tried first, then the second's;
-- numeric strings use arithmetic, not metamethods; __unm gets the operand twice; __mod/__pow.
local function mk(name)
  local mt = {}
  for _, ev in ipairs({"add", "sub", "mul", "div", "mod", "pow", "unm"}) do
    mt["__" .. ev] = function(a, b)
      local function n(x) return type(x) == "table" and x.name or tostring(x) end
      return name .. "." .. ev .. "(" .. n(a) .. "," .. n(b) .. ")"
    end
  end
  return setmetatable({name = name}, mt)
end
local A, B = mk("A"), mk("B")
print(A + B, B + A, A - 1, 1 - A, A * "2", "2" * A)
print(A / B, A % 2, 2 % A, A ^ B, 2 ^ A, -A, -B)
local onlyadd = setmetatable({}, {__add = function() return "added" end})
print(onlyadd + 1, 1 + onlyadd, pcall(function() return onlyadd - 1 end))
print(pcall(function() return {} + onlyadd end))
print(pcall(function() return onlyadd * {} end))
print("10" + 5, "3" ^ 2, "7" % "4", -"3", "0x10" * 1)
print(pcall(function() return "abc" + A end))
print(pcall(function() return A + nil end))
local numeric = setmetatable({}, {__add = function(a, b) return 100 end, __sub = function() return nil end})
print(numeric + numeric, numeric - 1)
