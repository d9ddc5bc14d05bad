-- os.date with "!" (UTC) for fixed timestamps: every common conversion, *t tables, literal
-- text and %% around conversions, negative and large times, default format length.
local stamps = {0, 1, 59, 3600, 86399, 951782400, 1234567890, 2147483647, 4102444800}
for _, t in ipairs(stamps) do
  print(t, os.date("!%Y-%m-%d %H:%M:%S %a %b %j %U %W %w %y %p %I", t))
end
local tt = os.date("!*t", 951782400)
local keys = {}
for k, v in pairs(tt) do keys[#keys + 1] = k .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
print(os.date("!literal %% text %Y%%", 0))
print(os.date("!%c", 0), os.date("!%x %X", 0), os.date("!%D %T %R", 86400 + 3723))
print(#os.date("!%c", 1e9), type(os.date()), type(os.date("*t").year))
print(os.date("!%Y", -86400))
print(os.date("!%H:%M", 1.9), os.date("!%S", "30"))
print(pcall(os.date, "!%Y", "x"))
print(pcall(os.date, {}, 0))
