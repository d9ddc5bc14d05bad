-- every strftime conversion of os.date for fixed UTC times
local convs = "aAbBcdHIjmMpSUwWxXyYZ%"
for _, t in ipairs({0, 86400 * 365 + 3723, 1234567890, 951782400, 2147483647}) do
  local parts = {}
  for c in convs:gmatch(".") do
    if c ~= "Z" then parts[#parts + 1] = c .. "=" .. os.date("!%" .. c, t) end
  end
  print(table.concat(parts, " "))
end
print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!%c", 0))
print(os.date("!plain text", 0))
print(os.date("!", 0) == "")
local t = os.date("!*t", 1234567890)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", tostring(t[k]), " ") end print()
print(os.date("!%H", 3600 * 25), os.date("!%j", 86400 * 59), os.date("!%U %W", 86400 * 10))
print(type(os.date()), type(os.date("*t")), type(os.time()), type(os.clock()))
