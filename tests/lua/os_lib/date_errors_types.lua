-- os.date argument handling: default format "%c", time arguments as numeric strings and
-- fractions, a non-string format, nil time, and errors for non-numeric times.
print(os.date("!%c", 0) == os.date("!%c", "0"), os.date("!%H", 3599.9))
print(os.date("!%Y", 1e9), os.date("!%Y", "1e9"))
print(pcall(os.date, "!%Y", {}))
print(pcall(os.date, "!%Y", "soon"))
print(pcall(os.date, {}))
print(os.date(12) == "12", os.date("!%d", nil) == os.date("!%d"))
print(type(os.date(nil)), os.date("!*t", nil).year >= 2024)
local function f() return os.date("*t", "bad") end
print(pcall(f))
print(select("#", os.date("!*t", 0)), select("#", os.date("!%c", 0)))
