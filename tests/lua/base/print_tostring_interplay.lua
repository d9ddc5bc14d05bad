-- print calls the global tostring for each argument (so a replaced tostring is used), writes
-- tabs between and a newline after; io.write does not use tostring and rejects non-strings.
local real = tostring
local calls = 0
tostring = function(v) calls = calls + 1; return "<" .. real(v) .. ">" end
print(1, "a", nil, true)
print()
print(calls)
tostring = function(v) return 42 end
local r1 = {pcall(print, "x")}
tostring = function(v) return nil end
local r2 = {pcall(print, "y")}
tostring = nil
local r3 = {pcall(print, "z")}
tostring = real
print(r1[1], r1[2], r2[1], r2[2], r3[1], r3[2])
print("restored", 1.5, -0.25)
io.write(1, " ", 2.5, "\n")
print(pcall(io.write, {}))
local obj = setmetatable({}, {__tostring = function() return "OBJ" end})
print(obj, tostring(obj))
print(pcall(io.write, obj))
print(string.format("%s|%s", 1e15, 1e16))
