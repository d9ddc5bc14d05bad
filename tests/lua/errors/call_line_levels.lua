-- error level 2 blames the line where the call starts, for calls spanning lines
local function check(v) if not v then error("check failed", 2) end return v end
print(pcall(function()
  check(
    false
  )
end))
local obj = {check = function(self, v) if not v then error("method failed", 2) end end}
print(pcall(function()
  obj
    :check(
      false)
end))
print(pcall(function()
  local r = 1 +
    check(nil)
end))
print(pcall(function()
  return check(nil), 
    2
end))
print(pcall(function()
  local t = {
    check(false),
  }
end))
