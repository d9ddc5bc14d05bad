-- Error positions in nested functions point to the innermost failing line.
local function a() local t = nil; return t[1] end
local function b() return a() + 1 end
local function c() local r = b(); return r end
print(pcall(c))
local function d()
  local x = {}
  return x.y.z
end
print(pcall(function() local v = d(); return v end))
