-- ipairs stops at the first nil even when later entries exist; uses raw access in 5.1.
local t = {1, 2, nil, 4}
local n = 0
for _ in ipairs(t) do n = n + 1 end
print(n)
local proxy = setmetatable({}, {__index = {"a", "b"}})
n = 0
for _ in ipairs(proxy) do n = n + 1 end
print(n)
