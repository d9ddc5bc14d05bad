-- Adjusting results in method calls, table constructors, and return statements.
local obj = {}
function obj:vals() return self, 1, 2 end
local s, a, b = obj:vals()
print(s == obj, a, b)
local function ret_call() return obj:vals() end
print(select("#", ret_call()))
local function ret_paren() return (obj:vals()) end
print(select("#", ret_paren()))
local function ret_list() return 1, obj:vals() end
print(select("#", ret_list()))
local t = {obj:vals(), n = "x"}
print(#t)
local str = string.format("%d %d", select(2, obj:vals()), 3)
print(str)
