-- an error two calls deep
local function f(x)
  error("boom " .. x)
end
local function g() f("g") end
g()
