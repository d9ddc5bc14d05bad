-- Lua 5.1 has no goto: 'goto' is an ordinary name and '::' is not a token.
local goto = function(x) return "called goto " .. x end
print(goto("label"))
local t = {goto = 1}
print(t.goto)
print(select(2, loadstring("goto continue")))
