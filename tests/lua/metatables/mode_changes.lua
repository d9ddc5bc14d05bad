-- __index/__newindex interplay: reading through __index then writing makes a raw field.
local proto = {count = 0}
local obj = setmetatable({}, {__index = proto})
obj.count = obj.count + 1
print(obj.count, proto.count, rawget(obj, "count"))
local log = setmetatable({}, {__index = proto, __newindex = function(t, k, v) rawset(t, k, v * 10) end})
log.count = log.count + 1
print(log.count, rawget(log, "count"))
