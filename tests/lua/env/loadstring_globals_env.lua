-- Global function definitions in a loadstring chunk go to its environment.
local env = setmetatable({}, {__index = _G})
local f = loadstring("function defined_in_chunk() return 'chunk fn' end; x_in_chunk = 1")
setfenv(f, env)
f()
print(rawget(_G, "defined_in_chunk"), env.defined_in_chunk())
print(rawget(_G, "x_in_chunk"), env.x_in_chunk)
print(getfenv(env.defined_in_chunk) == env)
