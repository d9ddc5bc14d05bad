-- Infinite recursion raises a catchable "stack overflow" error; the program continues.
local function inf(n) return 1 + inf(n + 1) end
local ok, err = pcall(inf, 1)
print(ok, type(err))
print(string.find(err, "stack overflow", 1, true) ~= nil)
print((string.gsub(err, "^.-:%d+: ", "")))
print(string.match(err, "^stack_overflow.lua:%d+:") ~= nil)
local function again() return again() + 1 end
print(pcall(again))
print("still running")
