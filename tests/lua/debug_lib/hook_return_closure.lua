-- line events and activelines of chunks that return a closure: OP_CLOSURE and the return are on
-- the line of the function's 'end', so the 'return' line itself has no event.
local function lines(src)
  local t = {}
  debug.sethook(function(e, l) t[#t+1] = l end, "l")
  local f = loadstring(src)
  local r = f()
  if type(r) == "function" then r() end
  debug.sethook()
  local a = {}
  for l in pairs(debug.getinfo(f, "L").activelines) do a[#a+1] = l end
  table.sort(a)
  return table.concat(t, " ") .. " / " .. table.concat(a, " ")
end
print(lines("return function()\nend"))
print(lines("return function() end"))
print(lines("\nreturn function()\n\nend"))
print(lines("local x = 1\nreturn function()\nreturn x\nend, 5"))
print(lines("return function()\nreturn function()\nend\nend"))
print(lines("if x == nil then return function()\nend end"))
