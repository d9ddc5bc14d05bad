-- debug.getinfo(f, "L").activelines and linedefined/lastlinedefined for functions whose
-- statements sit on their own lines: if/else, loops, local and global function statements,
-- empty bodies, returns, breaks, and a main chunk.
local function lines(f)
  local t = {}
  for l in pairs(debug.getinfo(f, "L").activelines) do t[#t+1] = l end
  table.sort(t)
  local i = debug.getinfo(f, "S")
  return i.linedefined .. "-" .. i.lastlinedefined .. ": " .. table.concat(t, " ")
end
local srcs = {
  "return function() end",
  "return function()\nend",
  "return function(a)\nif a then\nreturn 1\nelse\nreturn 2\nend\nend",
  "return function()\nfor i = 1, 2 do\nend\nend",
  "return function()\nfor k, v in pairs({}) do\nend\nend",
  "return function()\nwhile false do\nend\nend",
  "return function()\nlocal function g()\nend\nend",
  "return function()\nfunction G()\nend\nend",
  "return function()\nreturn\nend",
  "return function()\n\n\nend",
  "return function() x = {f = function()\nend} end",
  "return function() if x then elseif y then\nelse\nend end",
  "return function() while x do break\nend end",
  "return function() goto = 1 end",
}
for i, s in ipairs(srcs) do
  local f, e = loadstring(s, "=s")
  if f then print(i, lines(f())) else print(i, e) end
end
print(lines(loadstring("local a = 1\n\nreturn a")))
