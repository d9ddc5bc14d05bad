-- load with a reader function: pieces, nil/empty ending, non-string results
local function reader(parts)
  local i = 0
  return function() i = i + 1 return parts[i] end
end
local f = load(reader({"return ", "1 ", "+ ", "2"}))
print(f())
print(type(load(reader({"return 'a'", "", "..'b'"}))))
local g = load(reader({"return 5"}))
print(g())
print(type(load(reader({}))))
local h = load(reader({}))
print(h and h())
print(pcall(load, function() return {} end))
print(load(reader({"return +"})))
print(type(load(reader({"return 1"}), "=named")))
print(load(reader({"error('x')"}), "=named") and pcall(load(reader({"error('x')"}), "=named")))
print(pcall(load))
print(pcall(load, "return 1"))
local n = 0
print(load(function() n = n + 1 if n == 1 then return "return 'n'" end return nil end)())
print(n)
