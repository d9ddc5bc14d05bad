-- debug.debug: runs each stdin line as a chunk until "cont" (errors go on), returns nothing;
-- the rest of stdin stays readable by io.read; the loop also ends at the end of input.
count = 0
print(select('#', debug.debug()))
print("after first", count, shared)
print(io.read("*l"))
print(io.read("*l"))
local r = { debug.debug() }
print("after second", #r, count)
print(io.read("*l"))
