-- Functions assign globals when no local is in scope; function statements define globals.
function defined_global() return "dg" end
print(type(defined_global), defined_global())
local function setter() created_inside = "ci" end
print(created_inside)
setter()
print(created_inside)
local t = {}
function t.method() return "m" end
function t:self_method() return self == t end
print(t.method(), t:self_method())
local x
function set_local_upvalue() x = "upvalue" end
set_local_upvalue()
print(x, rawget(_G, "x"))
