-- print converts each argument through the global tostring: __tostring
-- results that are not strings raise "'tostring' must return a string to
-- 'print'", numbers returned by __tostring are accepted, and a replaced
-- global tostring is used.
local function obj(r) return setmetatable({}, {__tostring = function() return r end}) end
print(pcall(print, obj("text")))
print(pcall(print, obj(12)))
print(pcall(print, obj(nil)))
print(pcall(print, obj(true)))
print(pcall(print, obj({})))
print(pcall(print, "before", obj(false), "after"))
print(pcall(print, 1, nil, false, "s", 2.5))
local saved = tostring
tostring = function(v) return "<" .. type(v) .. ">" end
print(1, "s", nil, true)
local results = {}
tostring = function(v) return 7 end
results[1] = {pcall(print, "x")}
tostring = function(v) return nil end
results[2] = {pcall(print, "x")}
tostring = nil
results[3] = {pcall(print, "x")}
results[4] = {pcall(print)}
tostring = saved
for i, r in ipairs(results) do print(i, r[1], r[2]) end
print("restored", 1, nil)
