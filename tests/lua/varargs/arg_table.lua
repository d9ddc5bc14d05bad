-- Lua 5.1 compatibility: a vararg function that does not use '...' gets a local 'arg' table.
local function f(...)
  return arg and arg.n, arg and arg[1], arg and arg[2]
end
print(f(10, 20, 30))
print(f())
local function g(...)
  local n = select("#", ...)
  return n, arg
end
print(g(1, 2))
local function h(a, ...)
  return a, arg.n, arg[1], arg[3]
end
print(h(1, 2, nil, 4))
local function k(...)
  arg[1] = "changed"
  return arg[1], arg.n
end
print(k("orig"))
