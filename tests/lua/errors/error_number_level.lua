-- error levels with a number value and error position prefixes
local function f(l) error("msg", l) end
print(pcall(f, 1))
print(pcall(f, 2))
print(pcall(f, 0))
print(pcall(f, 3))
print(pcall(f, 50))
print(pcall(error, 42))
print(pcall(error, 42, 1))
print(pcall(error, "x", "2"))
print(pcall(error))
print(select('#', pcall(error)))
local function g() local x = nil; return x.y end
print(pcall(g))
print(pcall(loadstring("error('in chunk')")))
print(pcall(loadstring("error('in chunk', 2)")))
print(pcall(loadstring("local x = nil + 1", "=mychunk")))
print(pcall(loadstring("local x = nil + 1", "@file.lua")))
print(pcall(loadstring("\n\nlocal x = {} .. 1")))
