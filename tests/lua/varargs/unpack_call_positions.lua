-- unpack in the middle of an argument list gives one value; at the end all of them.
local t = {1, 2, 3}
print(unpack(t), "end")
print("start", unpack(t))
print(unpack(t), unpack(t))
local function n(...) return select("#", ...) end
print(n(unpack(t), unpack(t)), n(unpack(t)), n((unpack(t))))
