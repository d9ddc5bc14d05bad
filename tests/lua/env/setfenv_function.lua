-- setfenv on a function changes where its global accesses go.
local function f() return x, y end
x = "global x"
print(f())
local env = {x = "env x"}
print(setfenv(f, env) == f)
print(f())
print(getfenv(f) == env, getfenv(print) == _G)
env.y = "env y"
print(f())
print(x)
local function g() newglobal = 1 end
local sandbox = {}
setfenv(g, sandbox)
g()
print(newglobal, sandbox.newglobal)
