-- An uncaught runtime error ends the program: output before it is kept.
print("before")
local t = nil
print(t.x)
print("never printed")
